# R's Benchmarking (0.33, built from source; add its library with R_LIBS) on the DEA benchmark study of
# make-method-studies.py: the work the dea engine does by default (CRS and VRS scores, max-slack slacks,
# super-efficiency, per year) and malmq between adjacent years. Elapsed seconds inside R (R's start excluded).
#   R_LIBS=RLIB Rscript dea-benchmarking-timing.R STUDIES/dea/data.csv
suppressPackageStartupMessages(library(Benchmarking))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
t <- system.time(for (y in unique(d$year)) { s <- d[d$year == y, ]; X <- as.matrix(s[, c("staff", "spending")]); Y <- as.matrix(s[, c("patents", "revenue")])
  for (rts in c("crs", "vrs")) { e <- dea(X, Y, RTS = rts, ORIENTATION = "in"); sl <- slack(X, Y, e); sdea(X, Y, RTS = rts, ORIENTATION = "in") } })
cat("Benchmarking dea+slack+sdea, crs and vrs, 5 years:", t["elapsed"], "s\n")
yrs <- sort(unique(d$year)); mx <- function(s, v) as.matrix(s[, v])
t2 <- system.time(for (k in 1:(length(yrs) - 1)) { a <- d[d$year == yrs[k], ]; b <- d[d$year == yrs[k + 1], ]
  m <- malmq(mx(a, c("staff", "spending")), mx(a, c("patents", "revenue")), a$dmu, mx(b, c("staff", "spending")), mx(b, c("patents", "revenue")), b$dmu, RTS = "crs") })
cat("Benchmarking malmq crs, 4 period pairs:", t2["elapsed"], "s\n")
