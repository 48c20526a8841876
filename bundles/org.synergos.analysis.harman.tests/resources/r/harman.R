# Reference eigenvalues for the Harman engine's tests (base R, listwise deletion as the engine).
# Run from this folder: Rscript harman.R [DATA_DIR] (default: the repository's bundles/org.synergos.testing/reference/data)
args <- commandArgs(trailingOnly = TRUE)
data_dir <- if (length(args) > 0) args[1] else "../../../org.synergos.testing/reference/data"
for (name in c("mobi", "PoliticalDemocracy_missing5pct")) {
  df <- read.csv(file.path(data_dir, paste0(name, ".csv")))
  ev <- eigen(cor(df, use = "complete.obs"), symmetric = TRUE, only.values = TRUE)$values
  write.csv(data.frame(component = seq_along(ev), eigenvalue = ev, variance = ev / ncol(df),
                       n = sum(complete.cases(df))), paste0(name, "_eigen.csv"), row.names = FALSE)
}
