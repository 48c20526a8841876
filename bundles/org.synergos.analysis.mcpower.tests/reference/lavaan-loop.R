# Monte Carlo power of paper E's mediation model (NQPF -> DT -> CIP, NQPF -> CIP; 9, 5 and 4 indicators) by
# lavaan's simulateData + sem loop, the reference of the monte-carlo-power engine (method = cb-sem).
# Population (standardized): every loading 0.8 (residual variance 0.36), the design's betas; disturbance
# variances 1 - R^2 so every construct has variance 1, stated explicitly so simulateData needs no rescaling.
# Each replication: simulateData(n, seed), sem() with lavaan's defaults (ML, marker indicators, expected
# information), Wald z test at alpha = 0.05 of each path and of ind := a*b (delta method); non-converged
# replications (or without SEs) are left out and counted. Population values in the fitted metric: the model
# fitted to the population covariance matrix (sample.nobs 1e6), as the engine does.
# Run: Rscript lavaan-loop.R [design ...]  (R 4.2.2, lavaan 0.6-14; minutes per design) -> lavaan-loop-<design>.csv
library(lavaan)
designs <- list(
  paperE = list(n = 50L, a = 0.437, b = 0.616, c = 0.317),
  small  = list(n = 120L, a = 0.20, b = 0.25, c = 0.15))
R <- as.integer(Sys.getenv("LAVAAN_LOOP_R", "2000"))  # replications per design
only <- commandArgs(trailingOnly = TRUE)  # optional: the designs to run (default all)
if (length(only) > 0) designs <- designs[only]
alpha <- 0.05
items <- list(NQPF = paste0("NQ", 1:9), DT = paste0("DT", 1:5), CIP = paste0("CIP", 1:4))
measurement <- function(loading) paste(sapply(names(items), function(f)
  paste0(f, " =~ ", paste0(if (is.null(loading)) "" else paste0(loading, "*"), items[[f]], collapse = " + "))),
  collapse = "\n")
analysis <- paste(measurement(NULL), "DT ~ a*NQPF", "CIP ~ c*NQPF + b*DT", "ind := a*b", sep = "\n")
targets <- data.frame(target = c("H1", "H2", "H3", "H4 (indirect)"), lhs = c("CIP", "DT", "CIP", "ind"),
                      op = c("~", "~", "~", ":="), rhs = c("NQPF", "NQPF", "DT", "a*b"), stringsAsFactors = FALSE)
for (name in names(designs)) {
  d <- designs[[name]]
  r2cip <- d$c^2 + d$b^2 + 2 * d$c * d$b * d$a
  population <- paste(measurement(0.8),
    paste0("DT ~ ", d$a, "*NQPF"), paste0("CIP ~ ", d$c, "*NQPF + ", d$b, "*DT"),
    "NQPF ~~ 1*NQPF", paste0("DT ~~ ", 1 - d$a^2, "*DT"), paste0("CIP ~~ ", 1 - r2cip, "*CIP"),
    paste(paste0(unlist(items), " ~~ 0.36*", unlist(items)), collapse = "\n"), sep = "\n")
  # Sigma = Lambda Phi Lambda' + Theta by hand (constructs NQPF, DT, CIP), checked against a large simulateData sample
  phi <- matrix(c(1, d$a, d$c + d$b * d$a,
                  d$a, 1, d$a * d$c + d$b,
                  d$c + d$b * d$a, d$a * d$c + d$b, 1), 3, 3)
  lambda <- matrix(0, 18, 3, dimnames = list(unlist(items), names(items)))
  lambda[items$NQPF, 1] <- 0.8; lambda[items$DT, 2] <- 0.8; lambda[items$CIP, 3] <- 0.8
  sigma <- lambda %*% phi %*% t(lambda) + diag(0.36, 18)
  big <- simulateData(population, sample.nobs = 200000L, seed = 1L)[, unlist(items)]
  stopifnot(max(abs(cov(big) - sigma)) < 0.02)
  t0 <- proc.time()[3]
  exact <- sem(analysis, sample.cov = sigma * 1e6 / (1e6 - 1), sample.nobs = 1e6)
  pe0 <- parameterEstimates(exact)
  key <- function(pe) paste(pe$lhs, pe$op, pe$rhs)
  truth <- pe0$est[match(key(targets), key(pe0))]
  est <- se <- sig <- cover <- matrix(NA_real_, R, nrow(targets))
  failed <- 0L
  for (r in seq_len(R)) {
    data <- simulateData(population, sample.nobs = d$n, seed = 20250314L + r)
    fit <- tryCatch(sem(analysis, data = data), error = function(e) NULL, warning = function(w) NULL)
    if (is.null(fit) || !lavInspect(fit, "converged")) { failed <- failed + 1L; next }
    pe <- parameterEstimates(fit)
    row <- pe[match(key(targets), key(pe)), ]
    if (any(!is.finite(row$se)) || any(row$se <= 0)) { failed <- failed + 1L; next }
    est[r, ] <- row$est; se[r, ] <- row$se; sig[r, ] <- row$pvalue < alpha
    cover[r, ] <- row$ci.lower <= truth & truth <= row$ci.upper
  }
  ok <- !is.na(est[, 1])
  out <- data.frame(target = targets$target, n = d$n, replications = R, converged = sum(ok),
    population = truth, mean = colMeans(est[ok, ]), sd = apply(est[ok, ], 2, sd), mean_se = colMeans(se[ok, ]),
    coverage = colMeans(cover[ok, ]), power = colMeans(sig[ok, ]))
  out$power_se <- sqrt(out$power * (1 - out$power) / out$converged)
  write.csv(out, paste0("lavaan-loop-", name, if (R != 2000L) paste0("-", R), ".csv"), row.names = FALSE)
  cat(name, ": ", R, " replications in ", round(proc.time()[3] - t0), " s elapsed\n", sep = "")
  print(out, digits = 4)
}
cat(R.version.string, "lavaan", as.character(packageVersion("lavaan")), "\n")
