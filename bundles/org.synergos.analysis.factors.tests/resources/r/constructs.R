# Reference construct-level statistics for the influencing-factors engine's tests (base R 4.2.2 only).
# Construct score = mean of its items per respondent (rows complete on the construct's items);
# skewness G1 and excess kurtosis G2 are the bias-adjusted sample estimators (Joanes & Gill 1998, type 2;
# SPSS/Excel), written out here so no package is needed.
# Run from this folder: Rscript constructs.R [path/to/examples/nqpf-smes/data.csv]
args <- commandArgs(trailingOnly = TRUE)
data_file <- if (length(args) > 0) args[1] else "../../../../examples/nqpf-smes/data.csv"
df <- read.csv(data_file, na.strings = "NA")
items <- list(NQPF = paste0("NQ", 1:9), DT = paste0("DT", 1:5), CIP = paste0("CIP", 1:4))
g1 <- function(x) { n <- length(x); m <- mean(x); s <- sd(x); n / ((n - 1) * (n - 2)) * sum(((x - m) / s)^3) }
g2 <- function(x) {
  n <- length(x); m <- mean(x); s <- sd(x)
  n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * sum(((x - m) / s)^4) - 3 * (n - 1)^2 / ((n - 2) * (n - 3))
}
scores <- sapply(items, function(cols) rowMeans(df[, cols]))
stats <- t(sapply(colnames(scores), function(c) {
  x <- scores[, c]; x <- x[!is.na(x)]
  c(n = length(x), mean = mean(x), sd = sd(x), skewness = g1(x), kurtosis = g2(x))
}))
write.csv(data.frame(construct = rownames(stats), stats, row.names = NULL), "nqpf_smes_construct_descriptives.csv",
          row.names = FALSE)
r <- cor(scores, use = "pairwise.complete.obs")
write.csv(r, "nqpf_smes_construct_correlations.csv")
