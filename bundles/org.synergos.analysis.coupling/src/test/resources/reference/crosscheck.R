# Cross-check of the reference with two published R implementations (run after regenerate.R):
#   coupling 0.2 (CRAN; Lyu, "Analysis of Coupling Coordination Degree"): ccd(U, weight = alpha,
#     method = "standard") gives C and D of the comprehensive indices U.
#   mathmodels 0.0.11 (Zhang, github.com/zhjx19/mathmodels): entropy_weight(X', index = NA) gives the
#     entropy weights of already normalised indicators; coupling_degree(U, w = alpha) gives C, T and D.
# U and X' (the min-max normalised, shifted indicators) are computed here in base R as in regenerate.R.
# Writes reference/<case>/crosscheck.csv (row, C_coupling, D_coupling, C_mathmodels, T_mathmodels,
# D_mathmodels) and reference/<case>/weights-crosscheck.csv (indicator, weight_mathmodels).
# mathmodels::entropy_weight with index = NA replaces values exactly 0 or 1 by 0.002 / 0.998, so the
# case without shift (two-regions-noshift, whose worst values normalise to 0) gets no weights cross-check.
# Run from the plugin folder, with coupling installed in R_LIBS and a mathmodels source checkout:
#   R_LIBS=<lib> Rscript src/test/resources/reference/crosscheck.R <mathmodels checkout>
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 1)
suppressPackageStartupMessages(library(coupling))
source(file.path(args[1], "R", "eval_weights.R"))
source(file.path(args[1], "R", "eval_system.R"))
here <- "src/test/resources"
num <- function(x) sprintf("%.17g", x)

tfi <- list(
  TECH = c(rd_intensity = "+", invention_patents = "+", tech_import_dependence = "-"),
  FACT = c(rd_personnel = "+", computing_power = "+", venture_capital = "+", financing_cost = "-"),
  IND = c(hightech_output_share = "+", new_product_share = "+", energy_intensity = "-"))
regions <- list(
  INNO = c(rd_intensity = "+", patents_per_10k = "+", innovation_platforms = "+"),
  IND = c(hightech_revenue = "+", labour_productivity = "+", pollution_intensity = "-"))
cases <- list(
  "tfi-periods" = list(data = "tfi-periods", id = "year", s = tfi, alpha = c(1, 1, 1) / 3, shift = 0.0001, across = FALSE),
  "tfi-across" = list(data = "tfi-across", id = "year", s = tfi, alpha = c(0.4, 0.3, 0.3), shift = 0.0001, across = TRUE),
  "two-regions" = list(data = "two-regions", id = "region", s = regions, alpha = c(0.6, 0.4), shift = 0.01, across = FALSE),
  "two-regions-noshift" = list(data = "two-regions", id = "region", s = regions, alpha = c(0.6, 0.4), shift = 0, across = FALSE))

for (case in names(cases)) {
  cfg <- cases[[case]]
  data <- read.csv(file.path(here, "cases", cfg$data, "data.csv"), check.names = FALSE, stringsAsFactors = FALSE)
  normalised <- function(x, d) (if (d == "+") (x - min(x)) else (max(x) - x)) / (max(x) - min(x))
  X <- as.data.frame(lapply(setNames(nm = unlist(lapply(cfg$s, names))), function(j) {
    d <- unlist(unname(cfg$s))[[j]]
    normalised(data[[j]], d) + cfg$shift
  }), check.names = FALSE)
  checkable <- !any(X == 0 | X == 1)
  groups <- if (cfg$across) list(all = names(X)) else lapply(cfg$s, names)
  w <- unlist(unname(lapply(groups, function(g) {
    if (!checkable) return(setNames(rep(NA_real_, length(g)), g))
    setNames(entropy_weight(X[, g], index = rep(NA, length(g)))$w, g)
  })))
  if (!checkable) {
    # base R weights (as regenerate.R) so that U, C and D can still be cross-checked
    ref <- read.csv(file.path(here, "reference", case, "weights.csv"), stringsAsFactors = FALSE)
    w <- setNames(ref$weight, ref$indicator)
  }
  U <- sapply(names(cfg$s), function(s) as.matrix(X[, names(cfg$s[[s]]), drop = FALSE]) %*% w[names(cfg$s[[s]])])
  pkg <- coupling::ccd(U, weight = cfg$alpha, method = "standard")
  mm <- coupling_degree(as.data.frame(U), w = cfg$alpha, type = "standard")
  out <- file.path(here, "reference", case)
  write.csv(data.frame(row = as.character(data[[cfg$id]]), C_coupling = num(pkg$C), D_coupling = num(pkg$D),
                       C_mathmodels = num(mm$coupling), T_mathmodels = num(mm$coord),
                       D_mathmodels = num(mm$coupling_coord)),
            file.path(out, "crosscheck.csv"), row.names = FALSE)
  if (checkable) {
    write.csv(data.frame(indicator = names(w), weight_mathmodels = num(w)), file.path(out, "weights-crosscheck.csv"),
              row.names = FALSE)
  }
  cat(case, ": cross-checked", if (checkable) "weights, " else "", "C, T, D\n")
}
cat(R.version.string, "; coupling", format(packageVersion("coupling")), "\n")
