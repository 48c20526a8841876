# PLSpredict reference for the Synergos PLS-SEM engine: seminr 2.3.2's predict_pls on the ECSI model of
# mobi (the model of bundles/org.synergos.testing/reference/seminr_mobi_ecsi), leave-one-out (noFolds = NULL: every row is
# held out once, so no random fold assignment), both techniques (predict_DA, predict_EA).
#
# seminr 2.3.2 built from github sem-in-r/seminr branch release_2_3_2 (commit 7559088, DiagrammeR/
# DiagrammeRsvg/webp plotting imports dropped from DESCRIPTION since they are not in Debian; estimation
# code untouched), installed into a private library:  R_LIBS=/tmp/rlib Rscript run.R > run.log 2>&1
# Run from this folder; mobi.csv is read from the repository's bundles/org.synergos.testing/reference/data (override the folder with SYNERGOS_DATA).
#
# What comes from where (columns of plspredict_loo_<technique>_metrics.csv):
#   pls_rmse, pls_mae        seminr: summary(predict_pls(...))$PLS_out_of_sample
#   lm_all_rmse, lm_all_mae  seminr: summary(...)$LM_out_of_sample. seminr 2.3.2 regresses each endogenous
#                            indicator on every indicator outside its construct, whatever the technique.
#   *_q2predict              this script, from seminr's hold-out predictions: 1 - SSE / sum (y_i - mean of
#                            y over the training rows of i)^2 (seminr 2.3.2 reports no Q2predict).
#   lm_antecedent_*          this script, stats::lm fitted on the n - 1 training rows of each hold-out row,
#                            regressing on the indicators of the direct antecedents (DA) or of the
#                            exogenous constructs (EA), i.e. on what the PLS prediction uses.
# plspredict_loo_<technique>_pls_predictions.csv and plspredict_loo_lm_all_predictions.csv: seminr's
# hold-out predictions (rows in data order; the LM ones are the same for both techniques).
suppressPackageStartupMessages(library(seminr))
data_dir <- Sys.getenv("SYNERGOS_DATA", "../../../org.synergos.testing/reference/data")
d <- read.csv(file.path(data_dir, "mobi.csv"))
stopifnot(max(abs(as.matrix(d) - as.matrix(seminr::mobi[, names(d)]))) < 1e-12)

mobi_mm <- constructs(
  composite("Image",        multi_items("IMAG", 1:5)),
  composite("Expectation",  multi_items("CUEX", 1:3)),
  composite("Quality",      multi_items("PERQ", 1:7)),
  composite("Value",        multi_items("PERV", 1:2)),
  composite("Satisfaction", multi_items("CUSA", 1:3)),
  composite("Complaints",   single_item("CUSCO")),
  composite("Loyalty",      multi_items("CUSL", 1:3))
)
mobi_sm <- relationships(
  paths(from = "Image",        to = c("Expectation", "Satisfaction", "Loyalty")),
  paths(from = "Expectation",  to = c("Quality", "Value", "Satisfaction")),
  paths(from = "Quality",      to = c("Value", "Satisfaction")),
  paths(from = "Value",        to = c("Satisfaction")),
  paths(from = "Satisfaction", to = c("Complaints", "Loyalty")),
  paths(from = "Complaints",   to = "Loyalty")
)
pls <- estimate_pls(data = d, measurement_model = mobi_mm, structural_model = mobi_sm)
n <- nrow(d)
sm <- pls$smMatrix
mm <- pls$mmMatrix
items_of <- function(constructs) unlist(lapply(constructs, function(c) mm[mm[, "construct"] == c, "measurement"]), use.names = FALSE)
endogenous <- unique(sm[, "target"])
exogenous <- setdiff(unique(sm[, "source"]), endogenous)

# Q2predict against the mean of the training rows (leave-one-out: all rows but i)
q2_loo <- function(y, yhat) {
  naive <- (sum(y) - y) / (length(y) - 1)
  1 - sum((y - yhat)^2) / sum((y - naive)^2)
}
rmse <- function(e) sqrt(mean(e^2))
mae <- function(e) mean(abs(e))

# LOO OLS of item y on the predictor items x (stats::lm, intercept)
lm_loo <- function(y, x) {
  vapply(seq_len(n), function(i) {
    train <- data.frame(y = d[-i, y], d[-i, x, drop = FALSE])
    unname(predict(lm(y ~ ., data = train), newdata = d[i, x, drop = FALSE]))
  }, numeric(1))
}

run <- function(technique, name) {
  set.seed(1)  # predict_pls shuffles rows first; LOO results do not depend on the order
  p <- predict_pls(model = pls, technique = technique, noFolds = NULL, cores = 2)
  stopifnot(!is.null(p))
  s <- summary(p)
  items <- colnames(s$PLS_out_of_sample)
  actual <- as.matrix(d[, items])
  pls_pred <- as.matrix(p$PLS_out_of_sample)[, items]
  lm_pred <- as.matrix(p$lm_out_of_sample)[, items]
  ante <- sapply(items, function(item) {
    construct <- mm[mm[, "measurement"] == item, "construct"]
    from <- if (name == "da") sm[sm[, "target"] == construct, "source"] else exogenous
    lm_loo(item, items_of(from))
  })
  # our reading of seminr's LM benchmark: every indicator outside the construct
  all_other <- sapply(items, function(item) {
    construct <- mm[mm[, "measurement"] == item, "construct"]
    lm_loo(item, setdiff(pls$mmVariables, items_of(construct)))
  })
  cat(name, ": max |seminr LM - lm on all other indicators| =", max(abs(all_other - lm_pred)), "\n")
  stopifnot(max(abs(all_other - lm_pred)) < 1e-9)
  stopifnot(max(abs(apply(actual - pls_pred, 2, rmse) - s$PLS_out_of_sample["RMSE", items])) < 1e-12)
  metrics <- data.frame(
    construct = sapply(items, function(item) mm[mm[, "measurement"] == item, "construct"]),
    pls_rmse = s$PLS_out_of_sample["RMSE", items], pls_mae = s$PLS_out_of_sample["MAE", items],
    pls_q2predict = sapply(items, function(i) q2_loo(actual[, i], pls_pred[, i])),
    lm_all_rmse = s$LM_out_of_sample["RMSE", items], lm_all_mae = s$LM_out_of_sample["MAE", items],
    lm_all_q2predict = sapply(items, function(i) q2_loo(actual[, i], lm_pred[, i])),
    lm_antecedent_rmse = apply(actual - ante, 2, rmse), lm_antecedent_mae = apply(actual - ante, 2, mae),
    lm_antecedent_q2predict = sapply(items, function(i) q2_loo(actual[, i], ante[, i])),
    row.names = items)
  print(s)
  print(metrics, digits = 6)
  write.csv(metrics, sprintf("plspredict_loo_%s_metrics.csv", name))
  rownames(pls_pred) <- seq_len(n)
  write.csv(pls_pred, sprintf("plspredict_loo_%s_pls_predictions.csv", name))
  lm_pred
}
lm_da <- run(predict_DA, "da")
lm_ea <- run(predict_EA, "ea")
stopifnot(identical(dim(lm_da), dim(lm_ea)), max(abs(lm_da - lm_ea)) < 1e-12)
rownames(lm_da) <- seq_len(n)
write.csv(lm_da, "plspredict_loo_lm_all_predictions.csv")

meta <- data.frame(value = c(paste("seminr", as.character(packageVersion("seminr"))), R.version.string,
                             "sem-in-r/seminr release_2_3_2 7559088", n, "NULL (leave-one-out)", "NULL (one run)",
                             "composites, Mode A, path weighting, stopCriterion 1e-7, maxIt 300"),
                   row.names = c("tool", "R", "source", "n", "noFolds", "reps", "estimation"))
write.csv(meta, "plspredict_meta.csv")
print(meta)
