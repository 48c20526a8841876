# Two-sided p-values of t statistics, the reference for TestStatisticCheckTest (R's pt and pnorm).
# Run: Rscript pvalues.R  (writes pvalues.csv next to this script; df NA = standard normal)
cases <- data.frame(t = c(2.0, 1.984, 2.5, 12.244, 1.0, 3.1), df = c(100, 100, 40, 310, NA, NA))
cases$p <- ifelse(is.na(cases$df), 2 * pnorm(-abs(cases$t)), 2 * pt(-abs(cases$t), cases$df))
write.csv(cases, "pvalues.csv", row.names = FALSE, na = "")
cat(R.version.string, "\n")
