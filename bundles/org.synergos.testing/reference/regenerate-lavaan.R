# Regenerates the lavaan reference results of this folder (lavaan_poldem/, lavaan_poldem_variants/,
# lavaan_hs1939/) and the data sets in data/, into OUT (default: a fresh temporary folder), then compares every
# number with the committed files and prints the largest differences.
#   Rscript regenerate-lavaan.R [OUT]      (Debian: apt-get install r-cran-lavaan r-cran-jsonlite)
# Committed files were written with R 4.2.2 and lavaan 0.6-14. The bootstrap SEs
# (poldem_ml_bootse1000_*) depend on the random stream and are compared only loosely.
suppressPackageStartupMessages({ library(lavaan); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
here <- dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))))
out <- if (length(args) > 0) args[1] else tempfile("lavaan-reference-")
for (sub in c("data", "lavaan_poldem", "lavaan_poldem_variants", "lavaan_hs1939", "lavaan_inspect")) dir.create(file.path(out, sub), recursive = TRUE, showWarnings = FALSE)

# Bollen's industrialisation and political democracy data, as lavaan ships it
pd <- lavaan::PoliticalDemocracy
write.csv(pd, file.path(out, "data/PoliticalDemocracy.csv"), row.names = FALSE)

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
params <- function(fit, file) {
  write.csv(parameterEstimates(fit, standardized = TRUE, ci = TRUE, level = 0.95), file, row.names = FALSE)
}
json <- function(x, file) writeLines(toJSON(x, auto_unbox = TRUE, pretty = TRUE, digits = NA, keep_vec_names = TRUE), file)
options_of <- function(fit, names) lavInspect(fit, "options")[names]

# --- lavaan_poldem: the tutorial model with lavaan's defaults (ML) ---
ml <- sem(tutorial, data = pd)
params(ml, file.path(out, "lavaan_poldem/poldem_ml_params.csv"))
fm <- fitMeasures(ml)
headline <- c("chisq","df","pvalue","baseline.chisq","baseline.df","baseline.pvalue","cfi","tli","nnfi",
              "rmsea","rmsea.ci.lower","rmsea.ci.upper","rmsea.pvalue","srmr","srmr_bentler","aic","bic","bic2",
              "logl","unrestricted.logl","npar","ntotal","gfi","agfi","nfi","ifi","rni","ecvi")
json(list(tool = paste("lavaan", packageVersion("lavaan")), R = R.version.string, model = tutorial,
          nobs = lavInspect(ml, "nobs"), converged = lavInspect(ml, "converged"),
          iterations = lavInspect(ml, "iterations"),
          options = options_of(ml, c("estimator","likelihood","information","se","test","missing","fixed.x",
                                     "meanstructure","std.lv","mimic","optim.method")),
          headline = as.list(fm[intersect(headline, names(fm))]), fit_measures_all = as.list(fm),
          r2 = as.list(lavInspect(ml, "r2")), sample_cov_Ndivisor = lavInspect(ml, "sampstat")$cov,
          implied_cov = lavInspect(ml, "implied")$cov),
     file.path(out, "lavaan_poldem/poldem_ml_fit.json"))

boot_time <- system.time(boot <- sem(tutorial, data = pd, se = "bootstrap", bootstrap = 1000L, iseed = 4321L))
write.csv(parameterEstimates(boot, standardized = TRUE, ci = TRUE, level = 0.95, boot.ci.type = "perc"),
          file.path(out, "lavaan_poldem/poldem_ml_bootse1000_params.csv"), row.names = FALSE)
draws <- lavInspect(boot, "boot")
json(list(tool = paste("lavaan", packageVersion("lavaan")),
          call = 'sem(model, data = d, se = "bootstrap", bootstrap = 1000L, iseed = 4321L)',
          se = "sd of bootstrap estimates (lavaan), ci = percentile (boot.ci.type = 'perc')",
          n_boot_ok = nrow(draws), n_boot_failed = sum(attr(draws, "error.idx") > 0, na.rm = TRUE),
          elapsed_s = unname(boot_time["elapsed"]), cores = 1),
     file.path(out, "lavaan_poldem/poldem_ml_bootse1000_meta.json"))

# --- derived data: 5% of cells missing completely at random; two groups split at x1's median ---
set.seed(7501)
cells <- sample(length(as.matrix(pd)), round(0.05 * length(as.matrix(pd))))
holes <- as.matrix(pd); holes[cells] <- NA; missing5 <- as.data.frame(holes)
write.csv(missing5, file.path(out, "data/PoliticalDemocracy_missing5pct.csv"), row.names = FALSE, na = "")
grouped <- pd; grouped$grp <- ifelse(pd$x1 > median(pd$x1), "high", "low")
write.csv(grouped, file.path(out, "data/PoliticalDemocracy_grouped.csv"), row.names = FALSE)

# --- lavaan_poldem_variants ---
variant <- function(fit, tag) {
  params(fit, file.path(out, "lavaan_poldem_variants", paste0(tag, "_params.csv")))
  json(list(tool = paste("lavaan", packageVersion("lavaan")), model = tutorial,
            nobs = lavInspect(fit, "nobs"), converged = lavInspect(fit, "converged"),
            options = options_of(fit, c("estimator","likelihood","information","se","test","missing","fixed.x",
                                        "meanstructure","group.label")),
            fit_measures_all = as.list(fitMeasures(fit))),
       file.path(out, "lavaan_poldem_variants", paste0(tag, "_fit.json")))
}
variant(sem(tutorial, data = pd, estimator = "MLR"), "poldem_mlr")
variant(sem(tutorial, data = missing5, missing = "ml"), "poldem_fiml")
variant(sem(tutorial, data = missing5, estimator = "MLR", missing = "ml"), "poldem_mlr_fiml")
variant(sem(tutorial, data = grouped, group = "grp"), "poldem_mg_configural")
variant(sem(tutorial, data = grouped, group = "grp", group.equal = "loadings"), "poldem_mg_metric")

# --- lavaan_hs1939: the three-factor CFA of Holzinger & Swineford's 301 pupils (lavaan's cfa() example) ---
hs <- lavaan::HolzingerSwineford1939
write.csv(hs, file.path(out, "data/HolzingerSwineford1939.csv"), row.names = FALSE, na = "")
hs_model <- '
  visual  =~ x1 + x2 + x3
  textual =~ x4 + x5 + x6
  speed   =~ x7 + x8 + x9
'
hs_fit <- function(fit, tag) {
  params(fit, file.path(out, "lavaan_hs1939", paste0(tag, "_params.csv")))
  json(list(tool = paste("lavaan", packageVersion("lavaan")), model = hs_model,
            nobs = lavInspect(fit, "nobs"), converged = lavInspect(fit, "converged"),
            options = options_of(fit, c("estimator","likelihood","information","se","test","missing","fixed.x",
                                        "meanstructure","group.label")),
            fit_measures_all = as.list(fitMeasures(fit))),
       file.path(out, "lavaan_hs1939", paste0(tag, "_fit.json")))
}
hs_fit(cfa(hs_model, data = hs), "hs_cfa_ml")
hs_fit(cfa(hs_model, data = hs, estimator = "MLR"), "hs_cfa_mlr")

# --- lavaan_inspect: std.nox, sample and implied moments, missing-data patterns, group labels, bootstrap CIs ---
inspect <- function(name) file.path(out, "lavaan_inspect", name)
moments <- function(fit) {
  ss <- lavInspect(fit, "sampstat", drop.list.single.group = FALSE)
  im <- lavInspect(fit, "implied", drop.list.single.group = FALSE)
  lapply(seq_along(ss), function(g) list(sampstat = list(cov = ss[[g]]$cov, mean = ss[[g]]$mean),
                                          implied = list(cov = im[[g]]$cov, mean = im[[g]]$mean)))
}
# observed exogenous covariates (x1, x2, x3) make std.nox differ from std.all
mimic <- '
  dem60 =~ y1 + y2 + y3 + y4
  dem65 =~ y5 + y6 + y7 + y8
  dem60 ~ x1 + x2
  dem65 ~ dem60 + x3
  y1 ~~ y5
'
mimic_fit <- sem(mimic, data = pd)
params(mimic_fit, inspect("mimic_ml_params.csv"))
write.csv(standardizedSolution(mimic_fit, type = "std.nox"), inspect("mimic_ml_stdnox.csv"), row.names = FALSE)
json(list(tool = paste("lavaan", packageVersion("lavaan")), model = mimic, call = "sem(model, data = d)",
          ov_x = lavNames(mimic_fit, "ov.x"), groups = moments(mimic_fit)), inspect("mimic_ml_moments.json"))
json(list(tool = paste("lavaan", packageVersion("lavaan")), model = tutorial, call = "sem(model, data = d)",
          groups = moments(ml)), inspect("poldem_ml_moments.json"))
fiml <- sem(tutorial, data = missing5, missing = "ml")
pattern_list <- function(fit) {
  pats <- lavInspect(fit, "patterns", drop.list.single.group = FALSE)
  cover <- lavInspect(fit, "coverage", drop.list.single.group = FALSE)
  lapply(seq_along(pats), function(g) list(variables = colnames(pats[[g]]), freq = fit@Data@Mp[[g]]$freq,
                                            patterns = unname(1L * pats[[g]]), coverage = unname(cover[[g]])))
}
json(list(tool = paste("lavaan", packageVersion("lavaan")), model = tutorial, call = 'sem(model, data = d, missing = "ml")',
          groups = moments(fiml), missing = pattern_list(fiml)), inspect("poldem_fiml_moments.json"))
grouped_missing <- missing5; grouped_missing$grp <- grouped$grp
mg_fiml <- sem(tutorial, data = grouped_missing, group = "grp", missing = "ml")
json(list(tool = paste("lavaan", packageVersion("lavaan")), model = tutorial,
          call = 'sem(model, data = d, group = "grp", missing = "ml")', data = "missing5 with grp of grouped",
          group_label = lavInspect(mg_fiml, "group.label"), groups = moments(mg_fiml), missing = pattern_list(mg_fiml)),
     inspect("poldem_mg_fiml_moments.json"))
mg <- sem(tutorial, data = grouped, group = "grp")
json(list(tool = paste("lavaan", packageVersion("lavaan")), model = tutorial, call = 'sem(model, data = d, group = "grp")',
          group_label = lavInspect(mg, "group.label"), groups = moments(mg)), inspect("poldem_mg_moments.json"))
# bootstrap CIs of every type lavaan offers for se = "bootstrap", computed from the draws written beside them
boot200 <- sem(tutorial, data = pd, se = "bootstrap", bootstrap = 200L, iseed = 98765L)
draws200 <- lavInspect(boot200, "boot")
write.csv(unclass(draws200)[, , drop = FALSE], inspect("poldem_boot200_draws.csv"), row.names = FALSE)
ci <- parameterEstimates(boot200)[, c("lhs", "op", "rhs", "est", "se")]
for (type in c("perc", "norm", "basic", "bca.simple")) {
  pe <- parameterEstimates(boot200, boot.ci.type = type)
  ci[[paste0(type, ".lower")]] <- pe$ci.lower; ci[[paste0(type, ".upper")]] <- pe$ci.upper
}
write.csv(ci, inspect("poldem_boot200_ci.csv"), row.names = FALSE)
json(list(tool = paste("lavaan", packageVersion("lavaan")),
          call = 'sem(model, data = d, se = "bootstrap", bootstrap = 200L, iseed = 98765L)',
          n_boot_ok = nrow(draws200) - length(attr(draws200, "error.idx")),
          n_boot_failed = length(attr(draws200, "error.idx")),
          n_boot_nonadmissible = length(attr(draws200, "nonadmissible")),
          bootse1000_n_boot_failed = length(attr(draws, "error.idx")),
          bootse1000_n_boot_nonadmissible = length(attr(draws, "nonadmissible"))),
     inspect("poldem_boot_counts.json"))

# --- compare with the committed files ---
numbers <- function(file) {
  if (grepl("\\.csv$", file)) { t <- read.csv(file); unlist(t[sapply(t, is.numeric)]) }
  else { v <- unlist(fromJSON(file)); suppressWarnings(as.numeric(v[!is.na(suppressWarnings(as.numeric(v)))])) }
}
cat(sprintf("lavaan %s, %s; regenerated into %s\n", packageVersion("lavaan"), R.version.string, out))
for (f in list.files(out, recursive = TRUE)) {
  if (grepl("elapsed|meta", f)) next
  if (!file.exists(file.path(here, f))) { cat(sprintf("%-55s NOT COMMITTED\n", f)); next }
  a <- numbers(file.path(out, f)); b <- numbers(file.path(here, f))
  if (length(a) != length(b)) { cat(sprintf("%-55s DIFFERENT SHAPE (%d vs %d numbers)\n", f, length(a), length(b))); next }
  d <- abs(a - b); d[is.na(a) & is.na(b)] <- 0
  cat(sprintf("%-55s max |difference| %.3g\n", f, max(d, na.rm = FALSE)))
}
