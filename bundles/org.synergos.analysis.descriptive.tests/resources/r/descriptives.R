# Reference values for the descriptive engine's tests, computed with base R (no packages).
# Run from this folder: Rscript descriptives.R [DATA_DIR] (default: the repository's bundles/org.synergos.testing/reference/data)
# Skewness and excess kurtosis: bias-adjusted G1 and G2 (Joanes & Gill 1998, "type 2"; SPSS, SAS, Excel).
args <- commandArgs(trailingOnly = TRUE)
data_dir <- if (length(args) > 0) args[1] else "../../../org.synergos.testing/reference/data"
g1g2 <- function(x) {
  x <- x[!is.na(x)]; n <- length(x); d <- x - mean(x)
  m2 <- mean(d^2); m3 <- mean(d^3); m4 <- mean(d^4)
  g1 <- m3 / m2^1.5; g2 <- m4 / m2^2 - 3
  c(skew = g1 * sqrt(n * (n - 1)) / (n - 2),
    kurt = ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3)))
}
describe <- function(df) {
  rows <- lapply(names(df), function(v) {
    x <- df[[v]]; s <- g1g2(x)
    data.frame(variable = v, n = sum(!is.na(x)), missing = sum(is.na(x)), mean = mean(x, na.rm = TRUE),
               sd = sd(x, na.rm = TRUE), skewness = s[["skew"]], kurtosis = s[["kurt"]],
               min = min(x, na.rm = TRUE), max = max(x, na.rm = TRUE))
  })
  do.call(rbind, rows)
}
write_all <- function(name, df) {
  write.csv(describe(df), paste0(name, "_descriptives.csv"), row.names = FALSE)
  write.csv(cor(df, use = "pairwise.complete.obs"), paste0(name, "_cor_pairwise.csv"))
  write.csv(cor(df, use = "complete.obs"), paste0(name, "_cor_listwise.csv"))
}
write_all("mobi", read.csv(file.path(data_dir, "mobi.csv")))
write_all("poldem_missing", read.csv(file.path(data_dir, "PoliticalDemocracy_missing5pct.csv")))
writeLines(R.version.string, "R_VERSION")
