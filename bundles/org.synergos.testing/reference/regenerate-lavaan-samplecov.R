# Regenerates the summary-statistics references: the matrix files in data/matrix/ (from lavaan's data sets;
# paper_e_table1.csv is transcribed by hand from paper E's table of descriptives and correlations and only
# read here) and lavaan's fits to them in lavaan_samplecov/, into OUT (default: a fresh temporary folder),
# then compares every number with the committed files and prints the largest differences.
#   Rscript regenerate-lavaan-samplecov.R [OUT]      (Debian: apt-get install r-cran-lavaan r-cran-jsonlite)
# lavaan is given the numbers as read back from the matrix files, so both tools see the same input.
suppressPackageStartupMessages({ library(lavaan); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
here <- dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))))
out <- if (length(args) > 0) args[1] else tempfile("lavaan-samplecov-")
for (sub in c("data/matrix", "lavaan_samplecov")) dir.create(file.path(out, sub), recursive = TRUE, showWarnings = FALSE)

num <- function(x) sprintf("%.15g", x)

# One block of rows of a matrix file: N, MEAN, STDDEV, then the matrix in the chosen triangle.
matrix_rows <- function(m, n, kind, triangle, means = NULL, sds = NULL, group = NULL) {
  v <- colnames(m); p <- length(v)
  row <- function(type, name, cells) c(if (!is.null(group)) group, type, name, cells)
  rows <- list(row("N", "", rep(as.character(n), p)))
  if (!is.null(means)) rows[[length(rows) + 1]] <- row("MEAN", "", num(means))
  if (!is.null(sds)) rows[[length(rows) + 1]] <- row("STDDEV", "", num(sds))
  for (i in seq_len(p)) {
    cells <- num(m[i, ])
    if (triangle == "lower") cells[seq_len(p) > i] <- ""
    if (triangle == "upper") cells[seq_len(p) < i] <- ""
    rows[[length(rows) + 1]] <- row(kind, v[i], cells)
  }
  do.call(rbind, rows)
}
write_matrix <- function(blocks, vars, file, grouped = FALSE) {
  header <- c(if (grouped) "school", "rowtype_", "varname_", vars)
  lines <- c(paste(header, collapse = ","), apply(do.call(rbind, blocks), 1, paste, collapse = ","))
  writeLines(lines, file)
}

# Reads a matrix file back: per group n, full symmetric matrix, means and SDs (NULL when absent).
read_matrix <- function(file, group = NULL) {
  d <- read.csv(file, colClasses = "character", check.names = FALSE)
  names(d) <- sub("^ROWTYPE_$", "rowtype_", sub("^VARNAME_$", "varname_", names(d)))
  vars <- setdiff(names(d), c("rowtype_", "varname_", group))
  labels <- if (is.null(group)) "" else unique(d[[group]])
  blocks <- lapply(labels, function(g) {
    b <- if (is.null(group)) d else d[d[[group]] == g, ]
    type <- toupper(b$rowtype_)
    vec <- function(t) if (any(type %in% t)) as.numeric(unlist(b[type %in% t, vars][1, ])) else NULL
    mrows <- b[type %in% c("CORR", "COV"), ]
    m <- matrix(NA_real_, length(vars), length(vars), dimnames = list(vars, vars))
    for (k in seq_len(nrow(mrows))) m[mrows$varname_[k], ] <- suppressWarnings(as.numeric(unlist(mrows[k, vars])))
    m[is.na(m)] <- t(m)[is.na(m)]
    list(n = vec("N")[1], m = m, mean = vec("MEAN"), sd = vec(c("STDDEV", "SD")),
         kind = toupper(mrows$rowtype_[1]))
  })
  names(blocks) <- labels
  blocks
}
cov_of <- function(b) if (b$kind == "CORR" && !is.null(b$sd)) cor2cov(b$m, b$sd) else b$m

params <- function(fit, file) {
  write.csv(parameterEstimates(fit, standardized = TRUE, ci = TRUE, level = 0.95), file, row.names = FALSE)
}
json <- function(x, file) writeLines(toJSON(x, auto_unbox = TRUE, pretty = TRUE, digits = NA, keep_vec_names = TRUE), file)
record <- function(fit, name, call, model) {
  params(fit, file.path(out, "lavaan_samplecov", paste0(name, "_params.csv")))
  json(list(tool = paste("lavaan", packageVersion("lavaan")), R = R.version.string, call = call, model = model,
            nobs = as.numeric(lavInspect(fit, "nobs")), converged = lavInspect(fit, "converged"),
            meanstructure = lavInspect(fit, "meanstructure"),
            fit_measures_all = as.list(fitMeasures(fit))),
       file.path(out, "lavaan_samplecov", paste0(name, "_fit.json")))
}

# --- PoliticalDemocracy: the lavaan tutorial model from its covariance matrix (lower triangle, no means)
pd <- lavaan::PoliticalDemocracy
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
pdv <- c(paste0("y", 1:8), paste0("x", 1:3))
write_matrix(list(matrix_rows(cov(pd[, pdv]), nrow(pd), "COV", "lower")), pdv,
             file.path(out, "data/matrix/poldem_cov_lower.csv"))
b <- read_matrix(file.path(out, "data/matrix/poldem_cov_lower.csv"))[[1]]
record(sem(tutorial, sample.cov = cov_of(b), sample.nobs = b$n), "poldem_cov_lower",
       "sem(model, sample.cov = S, sample.nobs = 75)", tutorial)

# --- HolzingerSwineford1939: the three-factor CFA from correlations, SDs and means; from correlations
# alone (upper triangle); and by school, with and without means (full matrices)
hs <- lavaan::HolzingerSwineford1939
hsv <- paste0("x", 1:9)
hs_model <- ' visual =~ x1 + x2 + x3
              textual =~ x4 + x5 + x6
              speed =~ x7 + x8 + x9 '
x <- hs[, hsv]
write_matrix(list(matrix_rows(cor(x), nrow(x), "CORR", "lower", colMeans(x), apply(x, 2, sd))), hsv,
             file.path(out, "data/matrix/hs_corr_sd_mean.csv"))
b <- read_matrix(file.path(out, "data/matrix/hs_corr_sd_mean.csv"))[[1]]
record(sem(hs_model, sample.cov = cov_of(b), sample.mean = b$mean, sample.nobs = b$n), "hs_corr_sd_mean",
       "sem(model, sample.cov = cor2cov(R, sd), sample.mean = m, sample.nobs = 301)", hs_model)

write_matrix(list(matrix_rows(cor(x), nrow(x), "CORR", "upper")), hsv, file.path(out, "data/matrix/hs_corr_upper.csv"))
b <- read_matrix(file.path(out, "data/matrix/hs_corr_upper.csv"))[[1]]
record(sem(hs_model, sample.cov = cov_of(b), sample.nobs = b$n), "hs_corr_upper",
       "sem(model, sample.cov = R, sample.nobs = 301)", hs_model)

schools <- unique(as.character(hs$school))
blocks <- lapply(schools, function(s) { g <- x[hs$school == s, ]
  matrix_rows(cov(g), nrow(g), "COV", "full", colMeans(g), group = s) })
write_matrix(blocks, hsv, file.path(out, "data/matrix/hs_school_cov_mean.csv"), grouped = TRUE)
bs <- read_matrix(file.path(out, "data/matrix/hs_school_cov_mean.csv"), "school")
record(sem(hs_model, sample.cov = lapply(bs, cov_of), sample.mean = lapply(bs, `[[`, "mean"),
           sample.nobs = sapply(bs, `[[`, "n")), "hs_school_cov_mean",
       "sem(model, sample.cov = S_by_school, sample.mean = m_by_school, sample.nobs = n_by_school)", hs_model)
blocks <- lapply(schools, function(s) { g <- x[hs$school == s, ]
  matrix_rows(cov(g), nrow(g), "COV", "full", group = s) })
write_matrix(blocks, hsv, file.path(out, "data/matrix/hs_school_cov_nomean.csv"), grouped = TRUE)
bs <- read_matrix(file.path(out, "data/matrix/hs_school_cov_nomean.csv"), "school")
record(sem(hs_model, sample.cov = lapply(bs, cov_of), sample.nobs = sapply(bs, `[[`, "n")), "hs_school_cov_nomean",
       "sem(model, sample.cov = S_by_school, sample.nobs = n_by_school)", hs_model)

# --- Paper E's published table (n = 314; means, SDs, correlations of the construct scores): the
# mediation model NQPF -> DT -> CIP, each construct measured by its score alone
file.copy(file.path(here, "data/matrix/paper_e_table1.csv"), file.path(out, "data/matrix/paper_e_table1.csv"),
          overwrite = TRUE)
paper_e <- ' NQPF =~ nqpf
             DT =~ dt
             CIP =~ cip
             DT ~ NQPF
             CIP ~ NQPF + DT '
b <- read_matrix(file.path(out, "data/matrix/paper_e_table1.csv"))[[1]]
record(sem(paper_e, sample.cov = cov_of(b), sample.mean = b$mean, sample.nobs = b$n), "paper_e_table1",
       "sem(model, sample.cov = cor2cov(R, sd), sample.mean = m, sample.nobs = 314)", paper_e)

# --- compare with the committed files
worst <- 0
for (f in list.files(file.path(out, c("data/matrix", "lavaan_samplecov")), full.names = TRUE)) {
  rel <- sub(paste0("^", out, "/"), "", f); committed <- file.path(here, rel)
  if (!file.exists(committed)) { cat("new:", rel, "\n"); next }
  if (grepl("\\.csv$", f)) {
    a <- read.csv(f); c <- read.csv(committed)
    nums <- sapply(a, is.numeric)
    d <- if (any(nums)) max(abs(as.matrix(a[nums]) - as.matrix(c[nums])), na.rm = TRUE) else 0
  } else {
    measures <- function(file) suppressWarnings(sapply(fromJSON(file)$fit_measures_all, as.numeric))
    a <- measures(f); c <- measures(committed)
    d <- max(abs(a - c[names(a)]), na.rm = TRUE)
  }
  worst <- max(worst, d); cat(sprintf("%-45s max |diff| %.3g\n", rel, d))
}
cat(sprintf("largest difference: %.3g (written to %s)\n", worst, out))
