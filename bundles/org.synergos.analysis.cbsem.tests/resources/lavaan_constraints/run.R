# Reference numbers for the CB-SEM engine's handling of labels, fixed values, NA* first loadings, ==
# constraints, defined parameters (:=, delta-method SEs), std.lv and group.equal / group.partial.
# Run from this folder with R and lavaan installed:
#   Rscript run.R > run.log 2>&1
# (an argument may name another folder holding PoliticalDemocracy.csv and PoliticalDemocracy_grouped.csv;
# the default is the repository's bundles/org.synergos.testing/reference/data).
# Writes HolzingerSwineford1939.csv (lavaan's copy of the data set), <case>_params.csv and <case>_fit.json.
library(lavaan)
toJSON <- function(x) {
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
    if (length(v) != 1) return(enc(as.list(v), ind))
    if (is.na(v)) return("null")
    if (is.logical(v)) return(if (v) "true" else "false")
    if (is.numeric(v)) return(formatC(v, digits = 15, format = "g"))
    paste0("\"", gsub("\n", "\\\\n", gsub("\"", "\\\\\"", as.character(v))), "\"")
  }
  enc(x, 0)
}
args <- commandArgs(trailingOnly = TRUE)
dataDir <- if (length(args) > 0) args[1] else "../../../org.synergos.testing/reference/data"
tool <- paste("lavaan", as.character(packageVersion("lavaan")), "/", R.version.string)
cat(tool, "\n")
pd <- read.csv(file.path(dataDir, "PoliticalDemocracy.csv"))
pdg <- read.csv(file.path(dataDir, "PoliticalDemocracy_grouped.csv"))
hs <- lavaan::HolzingerSwineford1939
write.csv(hs, "HolzingerSwineford1939.csv", row.names = FALSE, na = "")
num <- function(x) signif(x, 15)
dump <- function(fit, tag, model, call) {
  pe <- parameterEstimates(fit, standardized = TRUE, ci = TRUE, level = 0.95)
  if (is.null(pe$label)) pe$label <- ""
  keep <- intersect(c("lhs", "op", "rhs", "group", "label", "est", "se", "z", "pvalue", "ci.lower", "ci.upper",
                      "std.lv", "std.all"), names(pe))
  pe <- pe[, keep]
  pe[] <- lapply(pe, function(c) if (is.numeric(c)) num(c) else c)
  write.csv(pe, paste0(tag, "_params.csv"), row.names = FALSE)
  fm <- fitMeasures(fit)
  out <- list(tool = tool, call = call, model = model, nobs = lavInspect(fit, "nobs"),
              converged = lavInspect(fit, "converged"),
              fit_measures_all = as.list(num(fm)))
  writeLines(toJSON(out), paste0(tag, "_fit.json"))
  cat("\n==== ", tag, ": ", call, "\n", sep = "")
  cat("chisq", fm[["chisq"]], "df", fm[["df"]], "npar", fm[["npar"]], "\n")
  print(pe[, c("lhs", "op", "rhs", "label", "est", "se")], digits = 6)
}
poldem <- function(dem60, dem65, structural) paste(
  "ind60 =~ x1 + x2 + x3", dem60, dem65, structural,
  "y1 ~~ y5", "y2 ~~ y4 + y6", "y3 ~~ y7", "y4 ~~ y8", "y6 ~~ y8", sep = "\n")

# 1. the lavaan tutorial's equality model: equal loadings through shared labels
m <- poldem("dem60 =~ y1 + a*y2 + b*y3 + c*y4", "dem65 =~ y5 + a*y6 + b*y7 + c*y8",
            "dem60 ~ ind60\ndem65 ~ ind60 + dem60")
fit <- sem(m, data = pd)
dump(fit, "equal_labels", m, "sem(model, data = PoliticalDemocracy)")
# ... and the score test of releasing each of its equalities (lavTestScore, univariate), each row
# naming the parameter that would be released (the constraint's right-hand side), then all at once
pt <- parTable(fit)
score <- lavTestScore(fit)
released <- pt[match(score$uni$rhs, pt$plabel), c("lhs", "op", "rhs")]
write.csv(data.frame(released, X2 = num(score$uni$X2), df = score$uni$df, p.value = num(score$uni$p.value)),
          "equal_labels_score.csv", row.names = FALSE)
write.csv(data.frame(X2 = num(score$test$X2), df = score$test$df, p.value = num(score$test$p.value)),
          "equal_labels_score_total.csv", row.names = FALSE)
print(score)

# 2. fixed loading and fixed structural path
m <- poldem("dem60 =~ y1 + y2 + y3 + y4", "dem65 =~ y5 + y6 + y7 + y8",
            "dem60 ~ ind60\ndem65 ~ ind60 + 0.9*dem60")
m <- sub("ind60 =~ x1 + x2 + x3", "ind60 =~ x1 + 2*x2 + x3", m, fixed = TRUE)
dump(sem(m, data = pd), "fixed_values", m, "sem(model, data = PoliticalDemocracy)")

# 3. NA* frees the first loading; the latent variance is fixed to 1 instead
m <- poldem("dem60 =~ y1 + y2 + y3 + y4", "dem65 =~ y5 + y6 + y7 + y8",
            "dem60 ~ ind60\ndem65 ~ ind60 + dem60")
m <- sub("ind60 =~ x1 + x2 + x3", "ind60 =~ NA*x1 + x2 + x3\nind60 ~~ 1*ind60", m, fixed = TRUE)
dump(sem(m, data = pd), "free_first_loading", m, "sem(model, data = PoliticalDemocracy)")

# 4. std.lv = TRUE CFA on Holzinger & Swineford (1939)
hsModel <- "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9"
dump(cfa(hsModel, data = hs, std.lv = TRUE), "hs_std_lv", hsModel,
     "cfa(model, data = HolzingerSwineford1939, std.lv = TRUE)")

# 5. mediation with defined indirect and total effects (delta-method SEs)
m <- poldem("dem60 =~ y1 + y2 + y3 + y4", "dem65 =~ y5 + y6 + y7 + y8",
            "dem60 ~ a*ind60\ndem65 ~ c*ind60 + b*dem60\nind := a*b\ntotal := c + a*b\nratio := (a*b)/(c + a*b)")
dump(sem(m, data = pd), "mediation_defined", m, "sem(model, data = PoliticalDemocracy)")

# 6. an explicit == constraint between two labelled loadings
m <- poldem("dem60 =~ y1 + l2*y2 + y3 + y4", "dem65 =~ y5 + l6*y6 + y7 + y8",
            "dem60 ~ ind60\ndem65 ~ ind60 + dem60\nl2 == l6")
dump(sem(m, data = pd), "equality_constraint", m, "sem(model, data = PoliticalDemocracy)")

# 7. group.equal beyond metric/scalar, with group.partial (two schools of Holzinger & Swineford)
dump(cfa(hsModel, data = hs, group = "school",
         group.equal = c("loadings", "intercepts", "residuals", "lv.variances", "lv.covariances"),
         group.partial = c("visual =~ x2", "x3 ~ 1", "x7 ~~ x7")),
     "hs_group_equal_partial", hsModel,
     paste('cfa(model, data = HolzingerSwineford1939, group = "school", group.equal = c("loadings",',
           '"intercepts", "residuals", "lv.variances", "lv.covariances"), group.partial = c("visual =~ x2",',
           '"x3 ~ 1", "x7 ~~ x7"))'))

# 8. equal regressions and residual covariances across the two groups of PoliticalDemocracy_grouped
m <- poldem("dem60 =~ y1 + y2 + y3 + y4", "dem65 =~ y5 + y6 + y7 + y8", "dem60 ~ ind60\ndem65 ~ ind60 + dem60")
dump(sem(m, data = pdg, group = "grp", group.equal = c("loadings", "regressions", "residual.covariances")),
     "poldem_group_equal_regressions", m,
     'sem(model, data = PoliticalDemocracy_grouped, group = "grp", group.equal = c("loadings", "regressions", "residual.covariances"))')

# 9. == between a label and a number: the same model as case 2, the fixed values stated as constraints
m <- poldem("dem60 =~ y1 + y2 + y3 + y4", "dem65 =~ y5 + y6 + y7 + y8",
            "dem60 ~ ind60\ndem65 ~ ind60 + b*dem60\na == 2\nb == 0.9")
m <- sub("ind60 =~ x1 + x2 + x3", "ind60 =~ x1 + a*x2 + x3", m, fixed = TRUE)
dump(sem(m, data = pd), "constant_constraint", m, "sem(model, data = PoliticalDemocracy)")

# 10. std.lv with equal loadings across groups: latent variances free in the second group
dump(cfa(hsModel, data = hs, group = "school", std.lv = TRUE, group.equal = "loadings"),
     "hs_std_lv_metric", hsModel,
     'cfa(model, data = HolzingerSwineford1939, group = "school", std.lv = TRUE, group.equal = "loadings")')

# 11. equal latent means beside equal loadings and intercepts
dump(cfa(hsModel, data = hs, group = "school", group.equal = c("loadings", "intercepts", "means")),
     "hs_group_equal_means", hsModel,
     'cfa(model, data = HolzingerSwineford1939, group = "school", group.equal = c("loadings", "intercepts", "means"))')

# 12. a label shared with a marker loading: the whole class is fixed to the marker's 1
m <- poldem("dem60 =~ a*y1 + a*y2 + y3 + y4", "dem65 =~ y5 + y6 + y7 + y8", "dem60 ~ ind60\ndem65 ~ ind60 + dem60")
dump(sem(m, data = pd), "label_on_marker", m, "sem(model, data = PoliticalDemocracy)")
sessionInfo()
