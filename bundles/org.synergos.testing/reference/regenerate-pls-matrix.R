# Regenerates the matrix files of seminr's mobi data (data/mobi.csv, n = 250) that the PLS-SEM engine's
# summary-statistics tests read: the correlation matrix with SDs and means, and the covariance matrix,
# of all 24 indicators, in the matrix layout of org.synergos.data.matrix.MatrixData, with 17 significant
# digits (a double round-trips). Writes into OUT (default: a fresh temporary folder), then compares every
# number with the committed files and prints the largest differences.
#   Rscript regenerate-pls-matrix.R [OUT]      (base R only)
# PLS standardises the indicators, so every PLS estimate is a function of cor(mobi) and n alone; the tests
# compare the estimates from these files with the estimates from the raw rows and with seminr 2.3.2's
# reference values in seminr_mobi_ecsi/.
args <- commandArgs(trailingOnly = TRUE)
here <- dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))))
out <- if (length(args) > 0) args[1] else tempfile("pls-matrix-")
dir.create(file.path(out, "data/matrix"), recursive = TRUE, showWarnings = FALSE)

num <- function(x) sprintf("%.17g", x)
mobi <- read.csv(file.path(here, "data/mobi.csv"))
n <- nrow(mobi); v <- names(mobi); p <- length(v)

# one matrix file: N, optional MEAN and STDDEV, then the matrix in the chosen triangle
write_matrix <- function(m, kind, triangle, means, sds, file) {
  rows <- list(c("N", "", rep(as.character(n), p)))
  if (!is.null(means)) rows[[length(rows) + 1]] <- c("MEAN", "", num(means))
  if (!is.null(sds)) rows[[length(rows) + 1]] <- c("STDDEV", "", num(sds))
  for (i in seq_len(p)) {
    cells <- num(m[i, ])
    if (triangle == "lower") cells[seq_len(p) > i] <- ""
    rows[[length(rows) + 1]] <- c(kind, v[i], cells)
  }
  lines <- c(paste(c("rowtype_", "varname_", v), collapse = ","), sapply(rows, paste, collapse = ","))
  writeLines(lines, file.path(out, "data/matrix", file))
}
write_matrix(cor(mobi), "CORR", "lower", colMeans(mobi), apply(mobi, 2, sd), "mobi_corr_sd_mean.csv")
write_matrix(cov(mobi), "COV", "full", NULL, NULL, "mobi_cov_full.csv")

# --- compare with the committed files
worst <- 0
for (f in list.files(file.path(out, "data/matrix"), pattern = "^mobi_", full.names = TRUE)) {
  rel <- file.path("data/matrix", basename(f)); committed <- file.path(here, rel)
  if (!file.exists(committed)) { cat("new:", rel, "\n"); next }
  a <- read.csv(f); c <- read.csv(committed)
  nums <- sapply(a, is.numeric)
  d <- max(abs(as.matrix(a[nums]) - as.matrix(c[nums])), na.rm = TRUE)
  worst <- max(worst, d); cat(sprintf("%-45s max |diff| %.3g\n", rel, d))
}
cat(sprintf("largest difference: %.3g (written to %s)\n", worst, out))
cat(R.version.string, "\n")
