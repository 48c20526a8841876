# Rebuilds every file of seminr_mobi_ecsi/ (the ECSI model on the mobi data, estimated by seminr)
# into OUT/seminr_mobi_ecsi/ (default OUT: a new temporary folder), then reads the committed copies
# next to this script and reports, file by file, the largest absolute difference of any number.
#
#   R_LIBS=/path/to/private/lib Rscript regenerate-seminr.R [OUT]
# Run it from the reference/ folder's copy, or set REFERENCE_DIR to that folder (it reads
# data/mobi.csv and the committed seminr_mobi_ecsi/ from there).
#
# Needs seminr 2.3.2 (not in Debian; built from its GitHub sources, tag release_2_3_2) and jsonlite.
# Environment knobs: SEMINR_CORES (default 2, as for the committed files), SEMINR_NBOOT (default 5000).
# The draws do not depend on the number of cores: seminr seeds draw i with set.seed(seed + i).
#
# Two fits of the same structural model:
#   ecsi_pls_*   every construct composite(), Mode A, path weighting (seminr's defaults)
#   ecsi_plsc_*  every construct reflective(), for which seminr applies consistent PLS (PLSc)
# each followed by a 5,000-draw bootstrap (seed 123, 2 cores).
suppressPackageStartupMessages({ library(seminr); library(jsonlite) })

# ---------------------------------------------------------------- where things are
# The committed reference/ folder: by default the folder holding this script; REFERENCE_DIR overrides.
script_path <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
ref_root <- Sys.getenv("REFERENCE_DIR", dirname(normalizePath(script_path)))
cli_args <- commandArgs(trailingOnly = TRUE)
out_root <- if (length(cli_args)) cli_args[[1]] else tempfile("seminr-reference-")
out_dir <- file.path(out_root, "seminr_mobi_ecsi")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)
committed_dir <- file.path(ref_root, "seminr_mobi_ecsi")
data_file <- file.path(ref_root, "data", "mobi.csv")

boot_draws <- as.integer(Sys.getenv("SEMINR_NBOOT", "5000"))
boot_seed <- 123L
boot_cores <- as.integer(Sys.getenv("SEMINR_CORES", "2"))
draws_kept <- 100L                                        # draws whose indices/paths are exported

# ---------------------------------------------------------------- data
mobi_data <- read.csv(data_file)
# the committed CSV is seminr's own mobi data set, column for column
stopifnot(identical(dim(mobi_data), c(250L, 24L)),
          max(abs(data.matrix(mobi_data) - data.matrix(seminr::mobi[, colnames(mobi_data)]))) < 1e-12)

# ---------------------------------------------------------------- the ECSI model (seminr's demo)
# `kind` is composite or reflective; every block gets the same kind.
ecsi_blocks <- function(kind) {
  constructs(
    kind("Image",        multi_items("IMAG", 1:5)),
    kind("Expectation",  multi_items("CUEX", 1:3)),
    kind("Quality",      multi_items("PERQ", 1:7)),
    kind("Value",        multi_items("PERV", 1:2)),
    kind("Satisfaction", multi_items("CUSA", 1:3)),
    kind("Complaints",   single_item("CUSCO")),
    kind("Loyalty",      multi_items("CUSL", 1:3))
  )
}
ecsi_paths <- relationships(
  paths(from = "Image",        to = c("Expectation", "Satisfaction", "Loyalty")),
  paths(from = "Expectation",  to = c("Quality", "Value", "Satisfaction")),
  paths(from = "Quality",      to = c("Value", "Satisfaction")),
  paths(from = "Value",        to = "Satisfaction"),
  paths(from = "Satisfaction", to = c("Complaints", "Loyalty")),
  paths(from = "Complaints",   to = "Loyalty")
)
# specific indirect effects bootstrapped into _boot_indirect.csv: from, through, to
mediated <- list(c("Image", "Satisfaction", "Loyalty"),
                 c("Expectation", "Quality", "Satisfaction"),
                 c("Satisfaction", "Complaints", "Loyalty"))

# ---------------------------------------------------------------- writers
file_for <- function(prefix, suffix) file.path(out_dir, paste0(prefix, suffix))

# plain numeric matrix, dimnames kept, seminr's print classes dropped
as_plain <- function(x) matrix(as.numeric(x), nrow = nrow(x), dimnames = dimnames(x))

# a matrix as CSV: first column "row" holds the row names, NA written as an empty field
save_grid <- function(x, path) {
  x <- as_plain(x)
  tab <- cbind(row = rownames(x), as.data.frame(x, stringsAsFactors = FALSE))
  names(tab) <- c("row", colnames(x))
  write.csv(tab, path, row.names = FALSE, na = "")
}

# seminr's VIF lists (one named vector per construct) as a long table; a construct whose VIFs are
# all undefined (a single item or a single antecedent) contributes one row with an empty vif
vif_table <- function(vifs, outer_name, inner_name) {
  pieces <- lapply(names(vifs), function(owner) {
    v <- vifs[[owner]]
    if (all(is.na(v))) v <- v[1]
    data.frame(owner, names(v), as.numeric(v), stringsAsFactors = FALSE)
  })
  tab <- do.call(rbind, pieces)
  names(tab) <- c(outer_name, inner_name, "vif")
  tab   # row names as rbind leaves them: toJSON records them as "_row" in _estimates.json
}

save_json <- function(x, path)
  writeLines(toJSON(x, auto_unbox = TRUE, pretty = TRUE, digits = NA, na = "null"), path)

# ---------------------------------------------------------------- one fit -> all its point-estimate files
write_fit <- function(fit, prefix) {
  s <- summary(fit)
  grids <- list(
    "_paths_r2.csv"               = s$paths,          # rows R^2, AdjR^2, then one row per predictor
    "_outer_loadings.csv"         = s$loadings,
    "_outer_weights.csv"          = s$weights,
    "_reliability.csv"            = s$reliability,    # alpha, rhoC, AVE, rhoA
    "_htmt.csv"                   = s$validity$htmt,
    "_fornell_larcker.csv"        = s$validity$fl_criteria,
    "_cross_loadings.csv"         = s$validity$cross_loadings,
    "_fsquare.csv"                = s$fSquare,
    "_total_effects.csv"          = s$total_effects,
    "_total_indirect_effects.csv" = s$total_indirect_effects,
    "_it_criteria.csv"            = s$it_criteria,
    "_construct_correlations.csv" = cor(fit$construct_scores)
  )
  for (suffix in names(grids)) save_grid(grids[[suffix]], file_for(prefix, suffix))

  item_vif <- vif_table(s$validity$vif_items, "construct", "item")
  path_vif <- vif_table(s$vif_antecedents, "dependent", "antecedent")
  write.csv(item_vif, file_for(prefix, "_vif_outer.csv"), row.names = FALSE, na = "")
  write.csv(path_vif, file_for(prefix, "_vif_inner.csv"), row.names = FALSE, na = "")
  write.csv(fit$construct_scores, file_for(prefix, "_construct_scores.csv"), row.names = FALSE)

  save_json(list(
    tool = paste("seminr", packageVersion("seminr")),
    R = R.version.string,
    iterations = fit$iterations,
    settings = list(inner_weights = "path_weighting (seminr default)",
                    maxIt = fit$settings$maxIt,
                    stopCriterion = fit$settings$stopCriterion,
                    note = "stopCriterion k means sum of abs weight change < 10^-k"),
    path_coef = as_plain(fit$path_coef),
    rSquared = as_plain(fit$rSquared),
    outer_loadings = as_plain(fit$outer_loadings),
    outer_weights = as_plain(fit$outer_weights),
    reliability = as_plain(s$reliability),
    htmt = as_plain(s$validity$htmt),
    fSquare = as_plain(s$fSquare),
    vif_outer = item_vif,
    vif_inner = path_vif
  ), file_for(prefix, "_estimates.json"))
  s
}

# ---------------------------------------------------------------- one bootstrap -> its files
write_boot <- function(boot, prefix, seconds) {
  bs <- summary(boot, alpha = 0.05)
  tables <- list("_boot_paths.csv"       = bs$bootstrapped_paths,
                 "_boot_loadings.csv"    = bs$bootstrapped_loadings,
                 "_boot_weights.csv"     = bs$bootstrapped_weights,
                 "_boot_htmt.csv"        = bs$bootstrapped_HTMT,
                 "_boot_total_paths.csv" = bs$bootstrapped_total_paths)
  for (suffix in names(tables)) save_grid(tables[[suffix]], file_for(prefix, suffix))

  # specific indirect effects: one row per chain, columns as seminr names them
  chain_stats <- do.call(rbind, lapply(mediated, function(ch)
    specific_effect_significance(boot, from = ch[1], through = ch[2], to = ch[3], alpha = 0.05)))
  chains <- cbind(data.frame(effect = vapply(mediated, paste, "", collapse = " -> "), stringsAsFactors = FALSE),
                  as.data.frame(as_plain(chain_stats)))
  names(chains) <- c("effect", colnames(chain_stats))
  write.csv(chains, file_for(prefix, "_boot_indirect.csv"), row.names = FALSE)

  save_json(list(
    tool = paste("seminr", packageVersion("seminr")),
    nboot = boot_draws, seed = boot_seed, cores = boot_cores, elapsed_s = seconds,
    resampling = "draw i (1..nboot): set.seed(seed + i); idx <- sample.int(n, replace = TRUE)",
    sd = "stats::sd (n-1 divisor) of the nboot estimates",
    t = "Original Est. / Bootstrap SD",
    ci = "percentile, stats::quantile type 7 at 0.025/0.975",
    n_failed_draws = sum(is.na(boot$boot_paths[1, 1, ]))
  ), file_for(prefix, "_boot_meta.json"))

  # the resamples of the first draws, re-drawn with seminr's seeding rule, and seminr's paths on them
  n_obs <- nrow(boot$rawdata)
  kept <- seq_len(min(draws_kept, boot_draws))
  resamples <- vapply(kept, function(i) { set.seed(boot_seed + i); sample.int(n_obs, replace = TRUE) },
                      integer(n_obs))
  idx_tab <- data.frame(draw = kept, t(resamples))
  names(idx_tab) <- c("draw", paste0("X", seq_len(n_obs)))
  write.csv(idx_tab, file_for(prefix, "_boot_first100_indices.csv"), row.names = FALSE)

  edges <- boot$smMatrix[, c("source", "target"), drop = FALSE]
  per_draw <- lapply(kept, function(i)
    data.frame(draw = i, from = edges[, "source"], to = edges[, "target"],
               est = boot$boot_paths[cbind(edges[, "source"], edges[, "target"], i)],
               stringsAsFactors = FALSE))
  write.csv(do.call(rbind, per_draw), file_for(prefix, "_boot_first100_paths.csv"), row.names = FALSE)
  bs
}

# ---------------------------------------------------------------- run both variants
variants <- list(ecsi_pls = composite, ecsi_plsc = reflective)
for (prefix in names(variants)) {
  fit <- estimate_pls(data = mobi_data, measurement_model = ecsi_blocks(variants[[prefix]]),
                      structural_model = ecsi_paths)
  print(write_fit(fit, prefix))
  clock <- system.time(boot <- bootstrap_model(fit, nboot = boot_draws, cores = boot_cores, seed = boot_seed))
  print(write_boot(boot, prefix, unname(clock[["elapsed"]])))
  cat(sprintf("%s: bootstrap of %d draws on %d core(s) took %.1f s\n",
              prefix, boot_draws, boot_cores, clock[["elapsed"]]))
}

# ---------------------------------------------------------------- compare with the committed files
# every number of a file, in file order (CSV: numeric columns, column by column; JSON: all leaves)
numbers_of <- function(path) {
  if (grepl("\\.json$", path)) {
    leaves <- unlist(fromJSON(path))
    leaves <- leaves[!grepl("elapsed", names(leaves))]
    as_num <- suppressWarnings(as.numeric(leaves))
    return(as_num[is.na(leaves) | !is.na(as_num)])     # numbers and nulls; text leaves dropped
  }
  tab <- read.csv(path, check.names = FALSE)
  unlist(lapply(tab[vapply(tab, is.numeric, logical(1))], identity), use.names = FALSE)
}
# bootstrap summaries depend on the random stream (and, for PLSc, on seminr's handling of unstable
# draws); they are judged against a Monte Carlo-sized bound. _boot_meta.json is compared without
# elapsed_s, so it never matches byte for byte.
tolerance_of <- function(file) {
  if (grepl("_boot_(paths|loadings|weights|htmt|total_paths|indirect)\\.csv$", file)) return(0.02)
  1e-8
}
cat(sprintf("\nseminr %s, %s\nregenerated into %s\ncompared with   %s\n",
            packageVersion("seminr"), R.version.string, out_dir, committed_dir))
worst_status <- 0L
for (file in sort(list.files(out_dir))) {
  old_path <- file.path(committed_dir, file)
  if (!file.exists(old_path)) { cat(sprintf("%-42s NOT COMMITTED\n", file)); worst_status <- 1L; next }
  new <- numbers_of(file.path(out_dir, file)); old <- numbers_of(old_path)
  if (length(new) != length(old)) {
    cat(sprintf("%-42s DIFFERENT SHAPE (%d vs %d numbers)\n", file, length(new), length(old)))
    worst_status <- 1L; next
  }
  gap <- abs(new - old)
  gap[is.na(new) & is.na(old)] <- 0
  biggest <- if (length(gap)) max(gap) else 0
  ok <- !is.na(biggest) && biggest <= tolerance_of(file)
  if (!ok) worst_status <- 1L
  same_bytes <- identical(readBin(file.path(out_dir, file), "raw", 1e7), readBin(old_path, "raw", 1e7))
  cat(sprintf("%-42s %5d numbers  max |difference| %-10.3g %s%s\n", file, length(new), biggest,
              if (ok) "ok" else sprintf("ABOVE %.0e", tolerance_of(file)),
              if (same_bytes) " (byte-identical)" else ""))
}
missing_here <- setdiff(grep("\\.(csv|json)$", list.files(committed_dir), value = TRUE), list.files(out_dir))
for (file in missing_here) { cat(sprintf("%-42s NOT REGENERATED\n", file)); worst_status <- 1L }
quit(status = worst_status)
