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
for (sub in c("data", "lavaan_poldem", "lavaan_poldem_variants", "lavaan_hs1939")) dir.create(file.path(out, sub), recursive = TRUE, showWarnings = FALSE)

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
