# Reference numbers for the Synergos CB-SEM engine tests beyond the shared reference results
# (bundles/org.synergos.testing/reference): MLR with FIML,
# scalar invariance and the configural -> metric -> scalar difference tests, modification indices
# (single group and multigroup, complete data and FIML), score tests of released equality constraints,
# and two-group MLR with FIML on a grouped copy with missing cells that this script writes.
# Run from this folder with R and lavaan installed: Rscript run.R [DATA_DIR] (default: ../../org.synergos.testing/reference/data)
# (the folder holding PoliticalDemocracy*.csv). The engine's tests read only the outputs.
library(lavaan)
# minimal JSON writer (no jsonlite needed): numbers with 15 significant digits, NA as null
toJSON <- function(x, ...) {
  enc <- function(v, ind) {
    pad <- strrep("  ", ind)
    if (is.list(v)) {
      nm <- names(v)
      if (is.null(nm)) {
        if (length(v) == 0) return("[]")
        return(paste0("[\n", paste0(pad, "  ", sapply(v, enc, ind = ind + 1), collapse = ",\n"), "\n", pad, "]"))
      }
      return(paste0("{\n", paste0(pad, "  \"", nm, "\": ", sapply(v, enc, ind = ind + 1), collapse = ",\n"),
                    "\n", pad, "}"))
    }
    if (length(v) != 1 || !is.null(names(v)) && length(v) > 1) return(enc(as.list(v), ind))
    if (is.na(v)) return("null")
    if (is.logical(v)) return(if (v) "true" else "false")
    if (is.numeric(v)) return(formatC(v, digits = 15, format = "g"))
    paste0("\"", gsub("\n", "\\\\n", gsub("\"", "\\\\\"", as.character(v))), "\"")
  }
  enc(x, 0)
}
args <- commandArgs(trailingOnly = TRUE)
dataDir <- if (length(args) > 0) args[1] else "../../org.synergos.testing/reference/data"
tool <- paste("lavaan", as.character(packageVersion("lavaan")), "/", R.version.string)
d  <- read.csv(file.path(dataDir, "PoliticalDemocracy.csv"))
dm <- read.csv(file.path(dataDir, "PoliticalDemocracy_missing5pct.csv"))
dg <- read.csv(file.path(dataDir, "PoliticalDemocracy_grouped.csv"))
model <- '
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
num <- function(x) signif(x, 15)
dump <- function(fit, tag, call) {
  pe <- parameterEstimates(fit, standardized = TRUE, ci = TRUE, level = 0.95)
  pe[] <- lapply(pe, function(c) if (is.numeric(c)) num(c) else c)
  write.csv(pe, paste0(tag, "_params.csv"), row.names = FALSE)
  opt <- lavInspect(fit, "options")
  out <- list(tool = tool, call = call, nobs = lavInspect(fit, "nobs"), converged = lavInspect(fit, "converged"),
              options = opt[c("estimator", "likelihood", "information", "observed.information", "h1.information",
                              "se", "test", "missing", "fixed.x", "meanstructure")],
              fit_measures_all = as.list(num(fitMeasures(fit))))
  writeLines(toJSON(out, auto_unbox = TRUE, pretty = TRUE, digits = NA), paste0(tag, "_fit.json"))
}
mi <- function(fit, tag) {
  m <- modindices(fit, sort. = FALSE, minimum.value = 0)
  m[] <- lapply(m, function(c) if (is.numeric(c)) num(c) else c)
  write.csv(m, paste0(tag, "_modindices.csv"), row.names = FALSE)
}

# MLR with FIML on the copy with 5% missing cells
dump(sem(model, data = dm, estimator = "MLR", missing = "ml"), "poldem_mlr_fiml",
     'sem(model, data = missing5pct, estimator = "MLR", missing = "ml")')

# FIML with the expected information (for missing = "ml" summed over the missing-data patterns at the
# implied moments), and modification indices with missing data: FIML and MLR + FIML (lavaan's
# modindices() always uses that expected information)
fit.fiml.expected <- sem(model, data = dm, missing = "ml", information = "expected")
dump(fit.fiml.expected, "poldem_fiml_expected",
     'sem(model, data = missing5pct, missing = "ml", information = "expected")')
mi(sem(model, data = dm, missing = "ml"), "poldem_fiml_ml")
mi(sem(model, data = dm, missing = "ml", estimator = "MLR"), "poldem_mlr_fiml")

# single-group ML modification indices
fit.ml <- sem(model, data = d)
mi(fit.ml, "poldem_ml")
# latent (residual) covariances as candidates: the chain ind60 -> dem60 -> dem65 (ind60 ~~ dem65,
# a covariance with dem65's residual, and dem65 ~ ind60 are candidates), and the measurement part
# with uncorrelated factors (the latent covariances fixed at 0 are freed by modindices)
model.chain <- sub("dem65 ~ ind60 + dem60", "dem65 ~ dem60", model, fixed = TRUE)
fit.chain <- sem(model.chain, data = d)
mi(fit.chain, "poldem_chain_ml")
dump(fit.chain, "poldem_chain_ml", "sem(model.chain, data = PoliticalDemocracy)")
model.orth <- '
    ind60 =~ x1 + x2 + x3
    dem60 =~ y1 + y2 + y3 + y4
    dem65 =~ y5 + y6 + y7 + y8
    ind60 ~~ 0*dem60 + 0*dem65
    dem60 ~~ 0*dem65
'
fit.orth <- sem(model.orth, data = d)
mi(fit.orth, "poldem_orthogonal_ml")
dump(fit.orth, "poldem_orthogonal_ml", "sem(model.orth, data = PoliticalDemocracy)")

# invariance sequence on the grouped copy (group 1 = "high", first to appear)
configural <- sem(model, data = dg, group = "grp")
metric <- sem(model, data = dg, group = "grp", group.equal = "loadings")
scalar <- sem(model, data = dg, group = "grp", group.equal = c("loadings", "intercepts"))
dump(scalar, "poldem_mg_scalar", 'sem(model, data = grouped, group = "grp", group.equal = c("loadings", "intercepts"))')
mi(metric, "poldem_mg_metric")
lrt <- function(a, b) {
  t <- lavTestLRT(a, b)
  list(chisq_diff = num(t[2, "Chisq diff"]), df_diff = t[2, "Df diff"], pvalue = num(t[2, "Pr(>Chisq)"]))
}
# score tests of releasing each equality constraint (univariate), as the constraint's label pair
score <- function(fit) {
  s <- lavTestScore(fit, univariate = TRUE, cumulative = FALSE, epc = FALSE)
  pt <- parTable(fit)
  u <- s$uni
  rowOf <- function(lab) { i <- which(pt$plabel == lab); pt[i, c("lhs", "op", "rhs", "group")] }
  out <- lapply(seq_len(nrow(u)), function(i) {
    a <- rowOf(u$lhs[i]); b <- rowOf(u$rhs[i])
    list(lhs = a$lhs, op = a$op, rhs = a$rhs, group_a = a$group, group_b = b$group,
         x2 = num(u$X2[i]), df = u$df[i], pvalue = num(u$p.value[i]))
  })
  list(total = list(x2 = num(s$test$X2), df = s$test$df), univariate = out)
}
tests <- list(tool = tool,
  chisq = list(configural = num(fitMeasures(configural, "chisq")), metric = num(fitMeasures(metric, "chisq")),
               scalar = num(fitMeasures(scalar, "chisq"))),
  df = list(configural = fitMeasures(configural, "df"), metric = fitMeasures(metric, "df"),
            scalar = fitMeasures(scalar, "df")),
  metric_vs_configural = lrt(configural, metric),
  scalar_vs_metric = lrt(metric, scalar),
  score_metric = score(metric),
  score_scalar = score(scalar))
writeLines(toJSON(tests, auto_unbox = TRUE, pretty = TRUE, digits = NA), "poldem_mg_invariance_tests.json")

# the same sequence with MLR: robust fits and the scaled difference test (lavTestLRT's default for
# MLR, Satorra & Bentler 2001)
configural.mlr <- sem(model, data = dg, group = "grp", estimator = "MLR")
metric.mlr <- sem(model, data = dg, group = "grp", group.equal = "loadings", estimator = "MLR")
dump(configural.mlr, "poldem_mg_configural_mlr", 'sem(model, data = grouped, group = "grp", estimator = "MLR")')
dump(metric.mlr, "poldem_mg_metric_mlr",
     'sem(model, data = grouped, group = "grp", group.equal = "loadings", estimator = "MLR")')
lrt.mlr <- lavTestLRT(configural.mlr, metric.mlr)
writeLines(toJSON(list(tool = tool, method = attr(lrt.mlr, "head"),
                       metric_vs_configural = list(chisq_diff = num(lrt.mlr[2, "Chisq diff"]),
                                                   df_diff = lrt.mlr[2, "Df diff"],
                                                   pvalue = num(lrt.mlr[2, "Pr(>Chisq)"]))),
                  auto_unbox = TRUE, pretty = TRUE, digits = NA), "poldem_mg_mlr_difference_test.json")
# two-group copy with 5% of the numeric cells missing completely at random (grp always observed),
# written beside this script and read back so that lavaan fits exactly what the tests read
set.seed(7502)
num.cols <- setdiff(names(dg), "grp")
m <- as.matrix(dg[num.cols])
m[sample(length(m), round(0.05 * length(m)))] <- NA
dgm <- dg
dgm[num.cols] <- as.data.frame(m)
write.csv(dgm, "PoliticalDemocracy_grouped_missing5pct.csv", row.names = FALSE, na = "")
dgm <- read.csv("PoliticalDemocracy_grouped_missing5pct.csv")
# MLR with FIML per group: configural and metric
configural.mlr.fiml <- sem(model, data = dgm, group = "grp", estimator = "MLR", missing = "ml")
metric.mlr.fiml <- sem(model, data = dgm, group = "grp", group.equal = "loadings", estimator = "MLR",
                       missing = "ml")
dump(configural.mlr.fiml, "poldem_mg_configural_mlr_fiml",
     'sem(model, data = grouped_missing5pct, group = "grp", estimator = "MLR", missing = "ml")')
dump(metric.mlr.fiml, "poldem_mg_metric_mlr_fiml",
     'sem(model, data = grouped_missing5pct, group = "grp", group.equal = "loadings", estimator = "MLR", missing = "ml")')
mi(metric.mlr.fiml, "poldem_mg_metric_mlr_fiml")
cat("done\n")
