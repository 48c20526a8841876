# Rebuilds every file of csem_ecsi/ (the ECSI model on the mobi data, estimated by cSEM) into
# OUT/csem_ecsi/ (default OUT: a new temporary folder), then reads the committed copies and reports,
# file by file, the largest absolute difference of any number.
#
#   R_LIBS=/path/to/private/lib Rscript regenerate-csem.R [OUT]
# Run it from the reference/ folder's copy, or set REFERENCE_DIR to that folder (it reads
# data/mobi.csv and the committed csem_ecsi/ from there; seminr_mobi_ecsi/ too, for a cross-check).
#
# Needs cSEM 0.6.1 (not in Debian; built from its CRAN sources, with its CRAN-only imports alabama,
# symmoments (+ multipol), TruncatedNormal (+ qrng) built the same way; see RESULTS.md) and jsonlite.
# cSEM warns twice per common-factor fit that HTMT wants same-signed indicator correlations, and
# log() gives NaNs in one fit criterion; both are expected on mobi and do not touch the exported numbers.
# Three variants of the same model, all PLS-PM with path weighting and Mode A outer weights:
#   pls            blocks specified as common factors (=~) but not disattenuated: plain PLS estimates,
#                  equal to seminr's composite fit; cSEM reports rho_A = 1 for every block here
#   plsc           blocks as common factors, disattenuated (consistent PLS, cSEM's default)
#   pls_composite  blocks specified as composites (<~) with Mode A: same estimates as `pls`, but the
#                  model-implied correlations (and so SRMR and the other fit indices) treat them as composites
# Convergence: cSEM's default criterion (sum of absolute weight changes) with .tolerance = 1e-10;
# this takes 8 iterations on mobi, as recorded in the committed ecsi_csem.json.
suppressPackageStartupMessages({ library(cSEM); library(jsonlite) })

# ---------------------------------------------------------------- where things are
script_path <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
ref_root <- Sys.getenv("REFERENCE_DIR", dirname(normalizePath(script_path)))
cli_args <- commandArgs(trailingOnly = TRUE)
out_root <- if (length(cli_args)) cli_args[[1]] else tempfile("csem-reference-")
out_dir <- file.path(out_root, "csem_ecsi")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)
committed_dir <- file.path(ref_root, "csem_ecsi")

mobi_data <- read.csv(file.path(ref_root, "data", "mobi.csv"))
stopifnot(identical(dim(mobi_data), c(250L, 24L)))

# ---------------------------------------------------------------- the ECSI model in lavaan syntax
inner_model <- "
  Expectation  ~ Image
  Quality      ~ Expectation
  Value        ~ Expectation + Quality
  Satisfaction ~ Image + Expectation + Quality + Value
  Complaints   ~ Satisfaction
  Loyalty      ~ Image + Satisfaction + Complaints
"
item_blocks <- list(Image = paste0("IMAG", 1:5), Expectation = paste0("CUEX", 1:3),
                    Quality = paste0("PERQ", 1:7), Value = paste0("PERV", 1:2),
                    Satisfaction = paste0("CUSA", 1:3), Complaints = "CUSCO",
                    Loyalty = paste0("CUSL", 1:3))
# operator "=~" (common factor) or "<~" (composite) for every block
ecsi_model <- function(operator) {
  outer <- vapply(names(item_blocks), function(lv)
    sprintf("  %s %s %s", lv, operator, paste(item_blocks[[lv]], collapse = " + ")), "")
  paste(inner_model, paste(outer, collapse = "\n"), sep = "\n")
}

fit_variant <- function(operator, ...)
  csem(.data = mobi_data, .model = ecsi_model(operator),
       .approach_weights = "PLS-PM", .PLS_weight_scheme_inner = "path",
       .tolerance = 1e-10, ...)

fits <- list(
  pls           = fit_variant("=~", .disattenuate = FALSE),
  plsc          = fit_variant("=~", .disattenuate = TRUE),
  pls_composite = fit_variant("<~", .PLS_modes = "modeA")
)

# ---------------------------------------------------------------- writers
plain <- function(x) matrix(as.numeric(x), nrow = nrow(x), dimnames = dimnames(x))

# matrix -> CSV with the row names in a first column called "row" (cSEM layout: rows = constructs,
# or for paths rows = dependent, columns = predictor)
save_grid <- function(x, path) {
  x <- plain(x)
  tab <- cbind(row = rownames(x), as.data.frame(x, stringsAsFactors = FALSE))
  names(tab) <- c("row", colnames(x))
  write.csv(tab, path, row.names = FALSE, na = "")
}

# prepares a result for JSON: matrices become plain arrays of rows; named vectors are left to
# toJSON(keep_vec_names = TRUE), which writes them as one-line objects; NULL is written as {}
for_json <- function(x) {
  if (is.list(x)) return(lapply(x, for_json))
  if (is.matrix(x)) return(plain(x))
  x
}

# the quality criteria kept from cSEM's assess(), in the order of the committed file
criteria_of <- function(fit) {
  q <- assess(fit)
  list(
    Reliability      = q$Reliability,   # Cronbach's alpha, Joereskog's rho, Dijkstra-Henseler's rho_A
    Reliability_note = "cSEM sets rho_A = 1 when .disattenuate = FALSE; read rho_A from the plsc block",
    RhoC = q$RhoC, RhoC_mm = q$RhoC_mm, RhoC_weighted = q$RhoC_weighted, RhoT = q$RhoT,
    AVE = q$AVE, R2 = q$R2, R2_adj = q$R2_adj,
    SRMR = q$SRMR,
    SRMR_note = paste("cSEM assess(): standardized root mean square residual of the indicator",
                      "correlation matrix vs. model-implied"),
    HTMT = q$HTMT, F2 = q$F2, VIF = q$VIF, Construct_VIF_mode_B = q$VIF_modeB,
    Chi_square = q$Chi_square, GFI = q$GFI, NFI = q$NFI, CFI = q$CFI, RMSEA = q$RMSEA,
    iterations = fit$Information$Weight_info$Number_iterations
  )
}

summary_json <- list()
for (variant in names(fits)) {
  est <- fits[[variant]]$Estimates
  save_grid(est$Path_estimates,   file.path(out_dir, sprintf("ecsi_%s_paths.csv", variant)))
  save_grid(est$Loading_estimates, file.path(out_dir, sprintf("ecsi_%s_loadings.csv", variant)))
  save_grid(est$Weight_estimates,  file.path(out_dir, sprintf("ecsi_%s_weights.csv", variant)))
  summary_json[[variant]] <- list(
    paths = est$Path_estimates,
    # the committed JSON holds, per construct, the sum of its row of the loading / weight matrix
    # (the full matrices are in the CSV files)
    loadings = rowSums(est$Loading_estimates),
    weights = rowSums(est$Weight_estimates),
    construct_cor = est$Construct_VCV,
    criteria = criteria_of(fits[[variant]])
  )
  cat(sprintf("%-14s iterations %d, SRMR %.5f\n", variant,
              fits[[variant]]$Information$Weight_info$Number_iterations, summary_json[[variant]]$criteria$SRMR))
}
writeLines(toJSON(for_json(summary_json), auto_unbox = TRUE, pretty = TRUE, digits = NA, na = "null",
                  keep_vec_names = TRUE),
           file.path(out_dir, "ecsi_csem.json"))

# ---------------------------------------------------------------- compare with the committed files
numbers_of <- function(path) {
  if (grepl("\\.json$", path)) {
    leaves <- unlist(fromJSON(path))
    as_num <- suppressWarnings(as.numeric(leaves))
    return(as_num[is.na(leaves) | !is.na(as_num)])     # numbers and nulls; text leaves dropped
  }
  tab <- read.csv(path, check.names = FALSE)
  unlist(tab[vapply(tab, is.numeric, logical(1))], use.names = FALSE)
}
tolerance <- 1e-8
cat(sprintf("\ncSEM %s, %s\nregenerated into %s\ncompared with   %s\n",
            packageVersion("cSEM"), R.version.string, out_dir, committed_dir))
status <- 0L
for (file in sort(list.files(out_dir))) {
  old_path <- file.path(committed_dir, file)
  if (!file.exists(old_path)) { cat(sprintf("%-34s NOT COMMITTED\n", file)); status <- 1L; next }
  new <- numbers_of(file.path(out_dir, file)); old <- numbers_of(old_path)
  if (length(new) != length(old)) {
    cat(sprintf("%-34s DIFFERENT SHAPE (%d vs %d numbers)\n", file, length(new), length(old)))
    status <- 1L; next
  }
  gap <- abs(new - old); gap[is.na(new) & is.na(old)] <- 0
  biggest <- if (length(gap)) max(gap) else 0
  ok <- !is.na(biggest) && biggest <= tolerance
  if (!ok) status <- 1L
  same_bytes <- identical(readBin(file.path(out_dir, file), "raw", 1e7), readBin(old_path, "raw", 1e7))
  cat(sprintf("%-34s %5d numbers  max |difference| %-10.3g %s%s\n", file, length(new), biggest,
              if (ok) "ok" else "ABOVE 1e-08", if (same_bytes) " (byte-identical)" else ""))
}
for (file in setdiff(grep("\\.(csv|json)$", list.files(committed_dir), value = TRUE), list.files(out_dir))) {
  cat(sprintf("%-34s NOT REGENERATED\n", file)); status <- 1L
}

# cross-check: cSEM's `pls` variant against seminr's composite fit, where that folder is present
seminr_paths <- file.path(ref_root, "seminr_mobi_ecsi", "ecsi_pls_paths_r2.csv")
if (file.exists(seminr_paths)) {
  s <- read.csv(seminr_paths, check.names = FALSE)
  s <- s[!s$row %in% c("R^2", "AdjR^2"), ]
  cs <- plain(fits$pls$Estimates$Path_estimates)           # rows = dependent, columns = predictor
  gaps <- unlist(lapply(setdiff(names(s), "row"), function(to)
    vapply(seq_len(nrow(s)), function(k) {
      v <- s[[to]][k]; if (is.na(v)) NA_real_ else abs(v - cs[to, s$row[k]]) }, numeric(1))))
  cat(sprintf("cross-check: cSEM pls paths vs seminr ecsi_pls paths, max |difference| %.3g\n",
              max(gaps, na.rm = TRUE)))
}
quit(status = status)
