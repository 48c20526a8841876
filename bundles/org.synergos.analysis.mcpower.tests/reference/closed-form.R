# Exact power of the ML Wald z test of a single regression slope, y = b x + e with x, y standard normal
# (population: var x = var y = 1, b = beta, var e = 1 - beta^2), random x, as the CB-SEM engine (lavaan sem(),
# ML, expected information) tests it. With n cases the ML z equals the OLS t times sqrt(n / (n - 2))
# (ML variances use the divisor n), so z > c  <=>  |t| > c * sqrt((n - 2) / n). Given x, t is noncentral t with
# n - 2 df and noncentrality delta = k * sqrt(SXX), k = beta / sqrt(1 - beta^2), and SXX ~ chi-square(n - 1)
# (var x = 1); the power integrates the conditional power over that chi-square.
# Also written, for comparison only: the normal approximation Phi(k sqrt(n) - c) + Phi(-k sqrt(n) - c) and the
# fixed-x t-test power of pwr::pwr.f2.test (u = 1, v = n - 2, f2 = beta^2 / (1 - beta^2)).
# Run: Rscript closed-form.R  (R 4.2.2, pwr 1.3-0) -> closed-form-power.csv, closed-form-power-curve.csv
library(pwr)
cases <- data.frame(beta = c(0.20, 0.30, 0.15), n = c(100L, 60L, 200L), alpha = 0.05)
exact <- function(beta, n, alpha) {
  k <- beta / sqrt(1 - beta^2)
  crit <- qnorm(1 - alpha / 2) * sqrt((n - 2) / n)
  f <- function(u) {
    delta <- k * sqrt(u)
    (pt(crit, n - 2, ncp = delta, lower.tail = FALSE) + pt(-crit, n - 2, ncp = delta)) * dchisq(u, n - 1)
  }
  # over the central 1 - 2e-12 of the chi-square (integrate() misses the narrow peak on (0, Inf) at large n)
  integrate(f, qchisq(1e-12, n - 1), qchisq(1 - 1e-12, n - 1), rel.tol = 1e-10)$value
}
cases$power_exact <- mapply(exact, cases$beta, cases$n, cases$alpha)
cases$power_normal <- with(cases, {
  k <- beta / sqrt(1 - beta^2); c <- qnorm(1 - alpha / 2)
  pnorm(k * sqrt(n) - c) + pnorm(-k * sqrt(n) - c)
})
cases$power_pwr_f2 <- mapply(function(beta, n, alpha)
  pwr.f2.test(u = 1, v = n - 2, f2 = beta^2 / (1 - beta^2), sig.level = alpha)$power,
  cases$beta, cases$n, cases$alpha)
write.csv(cases, "closed-form-power.csv", row.names = FALSE)
print(cases, digits = 8)
cat(R.version.string, "pwr", as.character(packageVersion("pwr")), "\n")

# The exact power curve of beta = 0.3 over n = 10 .. 200 (for the solve = n check) -> closed-form-power-curve.csv
curve <- data.frame(beta = 0.3, n = 10:200, alpha = 0.05)
curve$power_exact <- mapply(exact, curve$beta, curve$n, curve$alpha)
write.csv(curve, "closed-form-power-curve.csv", row.names = FALSE)
cat("smallest n with exact power >= 0.80:", min(curve$n[curve$power_exact >= 0.8]), "\n")
