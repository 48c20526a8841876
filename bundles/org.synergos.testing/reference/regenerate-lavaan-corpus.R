# Regenerates the differential corpus lavaan_corpus/ (model syntax, options, lavaan's estimates, fit
# measures, warnings and convergence per model) and the data sets it fits in data/, into OUT (default: a
# fresh temporary folder), then compares every number with the committed files and prints the largest
# differences.
#   Rscript regenerate-lavaan-corpus.R [OUT]      (Debian: apt-get install r-cran-lavaan r-cran-jsonlite)
# Committed files were written with R 4.2.2 and lavaan 0.6-14.
#
# Every model is fitted with sem() and only the options listed in its manifest entry, on the data as read
# back from the CSV written here (so R and the Java tests see the same doubles). "synergos" in the
# manifest is what the Synergos CB-SEM core is expected to do with the model: "fit" (compare every
# number), "heywood" (compare, and a named Heywood warning), "warning: <text>" (compare, and a warning
# containing the text), "nonconvergence" (a named non-convergence failure instead of numbers) or
# "refused: <message>" (the core refuses, naming the element).
suppressPackageStartupMessages({ library(lavaan); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
here <- dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))))
out <- if (length(args) > 0) args[1] else tempfile("lavaan-corpus-")
for (sub in c("data", "lavaan_corpus")) dir.create(file.path(out, sub), recursive = TRUE, showWarnings = FALSE)

# --- data: written once, fitted as read back ---
data_sets <- list()
put <- function(name, d) {
  file <- file.path(out, "data", name)
  write.csv(d, file, row.names = FALSE, na = "")
  data_sets[[name]] <<- read.csv(file, stringsAsFactors = FALSE)
}
# committed by regenerate-lavaan.R (the same folder): read as they are
committed <- function(name) data_sets[[name]] <<- read.csv(file.path(here, "data", name), stringsAsFactors = FALSE)

put("HolzingerSwineford1939.csv", lavaan::HolzingerSwineford1939)
put("Demo.growth.csv", lavaan::Demo.growth)
committed("PoliticalDemocracy.csv")
committed("PoliticalDemocracy_missing5pct.csv")
committed("PoliticalDemocracy_grouped.csv")

# HolzingerSwineford1939 with x1..x9 missing at random: x2, x5, x8 (p = 0.25) where the previous
# indicator is above its median, x3, x6, x9 completely at random (p = 0.08)
set.seed(14001)
hsm <- lavaan::HolzingerSwineford1939
for (j in c(2, 5, 8)) {
  prev <- hsm[[paste0("x", j - 1)]]
  hsm[[paste0("x", j)]][prev > median(prev) & runif(nrow(hsm)) < 0.25] <- NA
}
for (j in c(3, 6, 9)) hsm[[paste0("x", j)]][runif(nrow(hsm)) < 0.08] <- NA
put("HolzingerSwineford1939_mar.csv", hsm)

# Demo.growth with 10% of t1..t4 missing completely at random
set.seed(14002)
gm <- lavaan::Demo.growth
for (v in c("t1", "t2", "t3", "t4")) gm[[v]][runif(nrow(gm)) < 0.10] <- NA
put("Demo.growth_mcar10.csv", gm)

# seeded simulations (lavaan::simulateData)
mediation_pop <- '
  X =~ 0.8*x1 + 0.7*x2 + 0.6*x3
  M =~ 0.8*m1 + 0.7*m2 + 0.6*m3
  Y =~ 0.8*y1 + 0.7*y2 + 0.6*y3
  M ~ 0.5*X
  Y ~ 0.4*M + 0.2*X
'
put("sim_mediation.csv", simulateData(mediation_pop, sample.nobs = 400, seed = 14101))
path_pop <- '
  m ~ 0.4*x1 + 0.3*x2
  y ~ 0.5*m + 0.2*x1
  x1 ~~ 0.3*x2
'
put("sim_path.csv", simulateData(path_pop, sample.nobs = 250, seed = 14102))
# the same with y missing at random (p = 0.25 where x1 is positive) and m completely at random (p = 0.1)
set.seed(14105)
sp <- data_sets[["sim_path.csv"]]
sp$y[sp$x1 > 0 & runif(nrow(sp)) < 0.25] <- NA
sp$m[runif(nrow(sp)) < 0.1] <- NA
put("sim_path_mar.csv", sp)
nonnormal_pop <- '
  f1 =~ 0.8*y1 + 0.7*y2 + 0.6*y3 + 0.7*y4
  f2 =~ 0.7*y5 + 0.6*y6 + 0.8*y7 + 0.5*y8
  f1 ~~ 0.4*f2
'
nn <- simulateData(nonnormal_pop, sample.nobs = 500, skewness = 1.5, kurtosis = 4, seed = 14103)
put("sim_nonnormal.csv", nn)
# the same with y2, y4, y6, y8 missing at random (p = 0.3 where the preceding item is positive)
set.seed(14104)
for (j in c(2, 4, 6, 8)) {
  prev <- nn[[paste0("y", j - 1)]]
  nn[[paste0("y", j)]][prev > 0 & runif(nrow(nn)) < 0.3] <- NA
}
put("sim_nonnormal_mar.csv", nn)
# one factor, a near-perfect first indicator, N = 60: its residual variance is estimated negative
heywood_pop <- '
  f =~ 0.99*y1 + 0.9*y2 + 0.5*y3 + 0.4*y4
  y1 ~~ 0.01*y1
'
put("sim_heywood.csv", simulateData(heywood_pop, sample.nobs = 60, seed = 1))
# two factors correlated 0.97 in the population, N = 80: their estimated correlation exceeds 1
npd_pop <- '
  f1 =~ 0.7*y1 + 0.6*y2 + 0.5*y3
  f2 =~ 0.7*y4 + 0.6*y5 + 0.5*y6
  f1 ~~ 0.97*f2
'
put("sim_npd_lv.csv", simulateData(npd_pop, sample.nobs = 80, seed = 1))
# twelve cases of HolzingerSwineford1939 for nine indicators and 21 parameters: does not converge
set.seed(1)
put("HolzingerSwineford1939_n12.csv", lavaan::HolzingerSwineford1939[sample(301, 12), ])

# --- the models ---
hs3 <- '
  visual  =~ x1 + x2 + x3
  textual =~ x4 + x5 + x6
  speed   =~ x7 + x8 + x9
'
tutorial <- '
  ind60 =~ x1 + x2 + x3
  dem60 =~ y1 + y2 + y3 + y4
  dem65 =~ y5 + y6 + y7 + y8
  dem60 ~ ind60
  dem65 ~ ind60 + dem60
  y1 ~~ y5
  y2 ~~ y4 + y6
  y3 ~~ y7
  y4 ~~ y8
  y6 ~~ y8
'
growth_linear <- '
  i =~ 1*t1 + 1*t2 + 1*t3 + 1*t4
  s =~ 0*t1 + 1*t2 + 2*t3 + 3*t4
  t1 ~ 0*1
  t2 ~ 0*1
  t3 ~ 0*1
  t4 ~ 0*1
  i ~ 1
  s ~ 1
'
hs_labels <- '
  visual  =~ x1 + x2 + x3
  textual =~ x4 + l5*x5 + l6*x6
  speed   =~ x7 + l8*x8 + l9*x9
  l5 < l6
  l9 < l8
'
m <- function(id, what, data, model, options = list(), synergos = "fit") {
  list(id = id, what = what, data = data, model = model, options = options, synergos = synergos)
}
HS <- "HolzingerSwineford1939.csv"; PD <- "PoliticalDemocracy.csv"
models <- list(
  m("hs_cfa", "CFA, three correlated factors", HS, hs3),
  m("hs_cfa_std_lv", "CFA identified by unit latent variances", HS, hs3, list(std.lv = TRUE)),
  m("hs_cfa_mlr", "CFA, robust SEs and Yuan-Bentler scaled test", HS, hs3, list(estimator = "MLR")),
  m("hs_cfa_orthogonal", "CFA, factor covariances fixed to 0 in the syntax", HS, paste0(hs3, '
  visual ~~ 0*textual + 0*speed
  textual ~~ 0*speed
')),
  m("hs_cfa_fixed_values", "CFA, a fixed loading and a fixed residual variance", HS, '
  visual  =~ x1 + 0.6*x2 + x3
  textual =~ x4 + x5 + x6
  speed   =~ x7 + x8 + x9
  x9 ~~ 0.55*x9
'),
  m("hs_cfa_free_marker", "CFA, NA* frees the first loading, the factor variance fixed", HS, '
  visual  =~ NA*x1 + x2 + x3
  textual =~ x4 + x5 + x6
  speed   =~ x7 + x8 + x9
  visual ~~ 1*visual
'),
  m("hs_cfa_equal_labels", "CFA, loadings equal through shared labels", HS, '
  visual  =~ x1 + v*x2 + v*x3
  textual =~ x4 + t*x5 + t*x6
  speed   =~ x7 + x8 + x9
'),
  m("hs_cfa_constraints", "CFA, == between two residual variances and between a loading and a constant", HS, '
  visual  =~ x1 + x2 + x3
  textual =~ x4 + x5 + x6
  speed   =~ x7 + l8*x8 + x9
  x1 ~~ r1*x1
  x4 ~~ r4*x4
  r1 == r4
  l8 == 1.2
'),
  m("hs_cfa_cross_loading", "CFA with a cross-loading (x9 on visual and speed)", HS, '
  visual  =~ x1 + x2 + x3 + x9
  textual =~ x4 + x5 + x6
  speed   =~ x7 + x8 + x9
'),
  m("hs_cfa_inequality", "CFA with an inequality constraint (lavaan: constrained optimisation)", HS, '
  visual  =~ x1 + a*x2 + x3
  textual =~ x4 + x5 + x6
  speed   =~ x7 + x8 + x9
  a > 0.6
'),
  m("hs_cfa_inequality_inactive", "CFA, a loading between two numbers that the estimate satisfies (both inactive)", HS, '
  visual  =~ x1 + a*x2 + x3
  textual =~ x4 + x5 + x6
  speed   =~ x7 + x8 + x9
  a > 0.3
  a < 1
'),
  m("hs_cfa_inequality_labels", "CFA, inequalities between labels: l5 < l6 active (the two equal), l9 < l8 inactive", HS,
    hs_labels),
  m("hs_cfa_inequality_fiml", "CFA, inequalities between labels as hs_cfa_inequality_labels, FIML (MAR)",
    "HolzingerSwineford1939_mar.csv", hs_labels, list(missing = "ml")),
  m("hs_cfa_inequality_mlr", "CFA, inequalities between labels as hs_cfa_inequality_labels, MLR", HS, hs_labels,
    list(estimator = "MLR")),
  m("hs_cfa_inequality_mlr_fiml", "CFA, a loading above a number it would fall below (active), MLR with FIML (MAR)",
    "HolzingerSwineford1939_mar.csv", '
  visual  =~ x1 + a*x2 + x3
  textual =~ x4 + x5 + x6
  speed   =~ x7 + x8 + x9
  a > 0.6
', list(estimator = "MLR", missing = "ml")),
  m("hs_mg_configural", "two schools, configural", HS, hs3, list(group = "school")),
  m("hs_mg_metric", "two schools, equal loadings (metric)", HS, hs3, list(group = "school", group.equal = "loadings")),
  m("hs_mg_scalar", "two schools, equal loadings and intercepts (scalar)", HS, hs3,
    list(group = "school", group.equal = c("loadings", "intercepts"))),
  m("hs_mg_strict", "two schools, loadings, intercepts and residual variances equal (strict)", HS, hs3,
    list(group = "school", group.equal = c("loadings", "intercepts", "residuals"))),
  m("hs_mg_scalar_partial", "two schools, scalar with the intercepts of x3 and x7 free", HS, hs3,
    list(group = "school", group.equal = c("loadings", "intercepts"), group.partial = c("x3 ~ 1", "x7 ~ 1"))),
  m("hs_mg_metric_mlr", "two schools, metric, MLR", HS, hs3,
    list(group = "school", group.equal = "loadings", estimator = "MLR")),
  m("hs_mg_scalar_fiml", "two schools, scalar, FIML on data missing at random", "HolzingerSwineford1939_mar.csv", hs3,
    list(group = "school", group.equal = c("loadings", "intercepts"), missing = "ml")),
  m("hs_mg_metric_mlr_fiml", "two schools, metric, MLR with FIML", "HolzingerSwineford1939_mar.csv", hs3,
    list(group = "school", group.equal = "loadings", estimator = "MLR", missing = "ml")),
  m("hs_mimic", "MIMIC: the factors regressed on observed covariates (fixed.x)", HS, paste0(hs3, '
  visual ~ ageyr + sex
  speed ~ ageyr
')),
  m("hs_mimic_mlr", "MIMIC, MLR (fixed.x)", HS, paste0(hs3, '
  visual ~ ageyr + sex
  speed ~ ageyr
'), list(estimator = "MLR")),
  m("hs_cfa_mlm", "CFA, MLM: robust.sem SEs (expected information) and the Satorra-Bentler scaled test", HS, hs3,
    list(estimator = "MLM")),
  m("hs_mg_metric_mlm", "two schools, metric, MLM (mean structure in the Satorra-Bentler Gamma)", HS, hs3,
    list(group = "school", group.equal = "loadings", estimator = "MLM")),
  m("pd_sem_mlm", "full SEM, MLM", PD, tutorial, list(estimator = "MLM")),
  m("hs_cfa_inequality_mlm", "CFA, inequalities between labels as hs_cfa_inequality_labels, MLM", HS, hs_labels,
    list(estimator = "MLM")),
  m("hs_cfa_mlm_fiml", "CFA, MLM with missing = ml: lavaan refuses the combination", "HolzingerSwineford1939_mar.csv",
    hs3, list(estimator = "MLM", missing = "ml"), synergos = "refused: not allowed with estimator MLM"),
  m("hs_mimic_mlm", "MIMIC, MLM with fixed.x covariates: lavaan conditions Gamma on them; the core refuses", HS,
    paste0(hs3, '
  visual ~ ageyr + sex
  speed ~ ageyr
'), list(estimator = "MLM"), synergos = "refused: MLM with fixed.x covariates"),
  m("hs_mg_means", "two schools, loadings, intercepts and latent means equal", HS, hs3,
    list(group = "school", group.equal = c("loadings", "intercepts", "means"))),
  m("hs_mg_lv_equal", "two schools, loadings and latent (co)variances equal", HS, hs3,
    list(group = "school", group.equal = c("loadings", "lv.variances", "lv.covariances"))),
  m("hs_mg_metric_std_lv_mlr", "two schools, metric with std.lv, MLR", HS, hs3,
    list(group = "school", group.equal = "loadings", std.lv = TRUE, estimator = "MLR")),
  m("hs_mg_mimic_scalar_fiml", "two schools, MIMIC, scalar, FIML (fixed.x covariates in groups)",
    "HolzingerSwineford1939_mar.csv", paste0(hs3, '
  visual ~ ageyr + sex
  speed ~ ageyr
'), list(group = "school", group.equal = c("loadings", "intercepts"), missing = "ml")),
  m("pd_mg_regressions_mlr", "full SEM, two groups, loadings and regressions equal, MLR",
    "PoliticalDemocracy_grouped.csv", tutorial,
    list(group = "grp", group.equal = c("loadings", "regressions"), estimator = "MLR")),
  m("hs_cfa_fiml", "CFA, FIML on data missing at random", "HolzingerSwineford1939_mar.csv", hs3, list(missing = "ml")),
  m("hs_cfa_mlr_fiml", "CFA, MLR with FIML on data missing at random", "HolzingerSwineford1939_mar.csv", hs3,
    list(estimator = "MLR", missing = "ml")),
  m("pd_sem", "full SEM, Bollen's political democracy model", PD, tutorial),
  m("pd_sem_std_lv", "full SEM, std.lv", PD, tutorial, list(std.lv = TRUE)),
  m("pd_sem_mlr", "full SEM, MLR", PD, tutorial, list(estimator = "MLR")),
  m("pd_sem_fiml", "full SEM, FIML with 5% of cells missing", "PoliticalDemocracy_missing5pct.csv", tutorial,
    list(missing = "ml")),
  m("pd_sem_mlr_fiml", "full SEM, MLR with FIML", "PoliticalDemocracy_missing5pct.csv", tutorial,
    list(estimator = "MLR", missing = "ml")),
  m("pd_sem_equal_loadings", "full SEM, the tutorial's equal loadings over time (labels)", PD, '
  ind60 =~ x1 + x2 + x3
  dem60 =~ y1 + a*y2 + b*y3 + c*y4
  dem65 =~ y5 + a*y6 + b*y7 + c*y8
  dem60 ~ ind60
  dem65 ~ ind60 + dem60
  y1 ~~ y5
  y2 ~~ y4 + y6
  y3 ~~ y7
  y4 ~~ y8
  y6 ~~ y8
'),
  m("pd_sem_indirect", "full SEM, defined indirect and total effects", PD, '
  ind60 =~ x1 + x2 + x3
  dem60 =~ y1 + y2 + y3 + y4
  dem65 =~ y5 + y6 + y7 + y8
  dem60 ~ a*ind60
  dem65 ~ c*ind60 + b*dem60
  y1 ~~ y5
  y2 ~~ y4 + y6
  y3 ~~ y7
  y4 ~~ y8
  y6 ~~ y8
  indirect := a*b
  total := c + a*b
'),
  m("pd_mg_scalar", "full SEM, two groups split at x1's median, scalar", "PoliticalDemocracy_grouped.csv", tutorial,
    list(group = "grp", group.equal = c("loadings", "intercepts"))),
  m("growth_linear", "linear latent growth curve (intercepts in the syntax)", "Demo.growth.csv", growth_linear),
  m("growth_predictors", "linear growth with two observed predictors of intercept and slope", "Demo.growth.csv",
    paste0(growth_linear, '
  i ~ x1 + x2
  s ~ x1 + x2
')),
  m("growth_fiml", "linear growth, FIML with 10% missing", "Demo.growth_mcar10.csv", growth_linear, list(missing = "ml")),
  m("sim_mediation", "simulated latent mediation, defined indirect effect", "sim_mediation.csv", '
  X =~ x1 + x2 + x3
  M =~ m1 + m2 + m3
  Y =~ y1 + y2 + y3
  M ~ a*X
  Y ~ b*M + c*X
  indirect := a*b
  total := c + a*b
'),
  m("sim_mediation_mlr_std_lv", "simulated latent mediation, MLR and std.lv", "sim_mediation.csv", '
  X =~ x1 + x2 + x3
  M =~ m1 + m2 + m3
  Y =~ y1 + y2 + y3
  M ~ a*X
  Y ~ b*M + c*X
  indirect := a*b
', list(estimator = "MLR", std.lv = TRUE)),
  m("sim_path", "simulated path analysis of observed variables (fixed.x)", "sim_path.csv", '
  m ~ a1*x1 + a2*x2
  y ~ b*m + x1
  ind1 := a1*b
  ind2 := a2*b
'),
  m("sim_path_fiml", "simulated path analysis, FIML with the dependent variables missing at random (fixed.x)",
    "sim_path_mar.csv", '
  m ~ a1*x1 + a2*x2
  y ~ b*m + x1
  ind1 := a1*b
', list(missing = "ml")),
  m("sim_path_mlr", "simulated path analysis, MLR (fixed.x)", "sim_path.csv", '
  m ~ x1 + x2
  y ~ m + x1
', list(estimator = "MLR")),
  m("sim_path_mlr_fiml", "simulated path analysis, MLR with FIML (fixed.x)", "sim_path_mar.csv", '
  m ~ x1 + x2
  y ~ m + x1
', list(estimator = "MLR", missing = "ml")),
  m("sim_nonnormal_mlr", "simulated non-normal two-factor CFA, MLR", "sim_nonnormal.csv", '
  f1 =~ y1 + y2 + y3 + y4
  f2 =~ y5 + y6 + y7 + y8
', list(estimator = "MLR")),
  m("sim_nonnormal_mlr_fiml", "simulated non-normal two-factor CFA, MLR with FIML (MAR)", "sim_nonnormal_mar.csv", '
  f1 =~ y1 + y2 + y3 + y4
  f2 =~ y5 + y6 + y7 + y8
', list(estimator = "MLR", missing = "ml")),
  m("sim_heywood", "simulated one-factor CFA, N = 60: negative residual variance of y1", "sim_heywood.csv",
    'f =~ y1 + y2 + y3 + y4', synergos = "heywood"),
  m("sim_npd_lv", "simulated two-factor CFA, N = 80: factor correlation above 1", "sim_npd_lv.csv", '
  f1 =~ y1 + y2 + y3
  f2 =~ y4 + y5 + y6
', synergos = "warning: covariance matrix of latent variables is not positive definite"),
  m("hs_n12_nonconvergence", "three-factor CFA on 12 cases: lavaan does not converge", "HolzingerSwineford1939_n12.csv",
    hs3, synergos = "nonconvergence")
)

# --- fit, collecting lavaan's warnings ---
json <- function(x, file) writeLines(toJSON(x, auto_unbox = TRUE, pretty = TRUE, digits = NA, na = "null",
                                            keep_vec_names = TRUE), file)
call_text <- function(opts) {
  parts <- vapply(names(opts), function(n) paste(n, "=", paste(deparse(opts[[n]]), collapse = "")), "")
  paste0("sem(model, data = d", paste0(if (length(parts)) ", " else "", parts, collapse = ""), ")")
}
collecting <- function(expr, sink) withCallingHandlers(expr, warning = function(w) {
  sink(conditionMessage(w)); invokeRestart("muffleWarning")
})
manifest <- list()
for (mod in models) {
  d <- data_sets[[mod$data]]
  warnings <- character(0)
  sink <- function(text) warnings <<- c(warnings, gsub("\\s+", " ", trimws(text)))
  fit <- collecting(tryCatch(do.call("sem", c(list(model = mod$model, data = d), mod$options)),
                             error = function(e) e), sink)
  entry <- list(id = mod$id, what = mod$what, data = mod$data, model = mod$model,
                options = lapply(mod$options, function(v) if (length(v) > 1) I(v) else v),
                call = call_text(mod$options), synergos = mod$synergos)
  result <- list(tool = paste("lavaan", packageVersion("lavaan")), R = R.version.string, id = mod$id,
                 call = entry$call, model = mod$model, data = mod$data)
  if (inherits(fit, "error")) {
    result$error <- conditionMessage(fit); result$converged <- FALSE; result$warnings <- I(warnings)
  } else {
    converged <- lavInspect(fit, "converged")
    pe <- collecting(parameterEstimates(fit, standardized = TRUE, ci = TRUE, level = 0.95), sink)
    fm <- collecting(tryCatch(fitMeasures(fit), error = function(e) NULL), sink)
    if (converged) write.csv(pe, file.path(out, "lavaan_corpus", paste0(mod$id, "_params.csv")), row.names = FALSE)
    opts <- lavInspect(fit, "options")
    result <- c(result, list(
      converged = converged, iterations = lavInspect(fit, "iterations"),
      nobs = I(lavInspect(fit, "nobs")), group_labels = I(lavInspect(fit, "group.label")),
      warnings = I(unique(warnings)),
      options_resolved = opts[c("estimator", "likelihood", "information", "se", "test", "missing", "fixed.x",
                                "meanstructure", "std.lv", "group.equal", "group.partial", "optim.method")],
      fit_measures_all = if (converged && !is.null(fm)) as.list(fm) else NULL))
  }
  json(result, file.path(out, "lavaan_corpus", paste0(mod$id, "_fit.json")))
  manifest[[length(manifest) + 1]] <- entry
  cat(sprintf("%-26s converged %-5s warnings %d  %s\n", mod$id, result$converged, length(unique(warnings)),
              paste(unique(warnings), collapse = " | ")))
}
json(list(tool = paste("lavaan", packageVersion("lavaan")), R = R.version.string,
          note = "written by ../regenerate-lavaan-corpus.R; each model was fitted as 'call' with lavaan's defaults otherwise",
          models = manifest),
     file.path(out, "lavaan_corpus", "manifest.json"))

# --- compare with the committed files ---
numbers <- function(file) {
  if (grepl("\\.csv$", file)) { t <- read.csv(file); unlist(t[sapply(t, is.numeric)]) }
  else { v <- unlist(fromJSON(file)); suppressWarnings(as.numeric(v[!is.na(suppressWarnings(as.numeric(v)))])) }
}
cat(sprintf("lavaan %s, %s; %d models regenerated into %s\n", packageVersion("lavaan"), R.version.string,
            length(models), out))
for (f in list.files(out, recursive = TRUE)) {
  committed_file <- file.path(here, f)
  if (!file.exists(committed_file)) { cat(sprintf("%-55s NEW (not committed yet)\n", f)); next }
  a <- numbers(file.path(out, f)); b <- numbers(committed_file)
  if (length(a) != length(b)) { cat(sprintf("%-55s DIFFERENT SHAPE (%d vs %d numbers)\n", f, length(a), length(b))); next }
  dd <- abs(a - b); dd[is.na(a) & is.na(b)] <- 0
  cat(sprintf("%-55s max |difference| %.3g\n", f, if (length(dd)) max(dd) else 0))
}
