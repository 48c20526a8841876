# Reference values for the power engine (bundles/org.synergos.analysis.power), computed independently of it:
# base R's pf/pt/qf/qt with ncp (noncentral F and t), pwr::pwr.f2.test (R^2 deviation from zero, lambda =
# f2 * (u + v + 1) = f2 * N as in G*Power) and, for the exact distribution of Pearson's r, its density
# (Hotelling 1953) with GSL's 2F1 (package gsl) integrated by R's integrate() (QUADPACK), rel.tol 1e-13, abs.tol 1e-15.
# SuppDists::pPearson is recorded beside it as a second opinion only: it is off by up to ~5e-5 (at rho = 0,
# pPearson of the t-based 97.5 % point of r, n = 30, is 0.975054), and its qPearson by ~1.6e-4 in r.
# Run from this folder:  Rscript regenerate.R   (writes the CSV files next to it; see README.md)
suppressPackageStartupMessages({ library(pwr); library(SuppDists); library(gsl) })
options(digits = 15)
fmt <- function(x) sprintf("%.15g", x)
write <- function(frame, file) {
  for (column in names(frame)) if (is.double(frame[[column]])) frame[[column]] <- fmt(frame[[column]])
  write.csv(frame, file, row.names = FALSE, quote = FALSE)
}
# smallest N >= from with power(N) >= target, by stepping (power grows with N)
minimum_n <- function(power, from, target) { n <- from; while (power(n) < target) n <- n + 1; n }

# --- F tests, fixed model: tested of total predictors, df1 = tested, df2 = N - total - 1, lambda = f2 N ---
f_power <- function(n, f2, tested, total, alpha) {
  v <- n - total - 1
  1 - pf(qf(1 - alpha, tested, v), tested, v, ncp = f2 * n)
}
grid <- expand.grid(f2 = c(0.02, 0.15, 0.35), total = c(1, 4, 5, 10), alpha = c(0.01, 0.05),
                    target = c(0.8, 0.95), stringsAsFactors = FALSE)
rows <- list()
for (i in seq_len(nrow(grid))) {
  g <- grid[i, ]
  for (tested in unique(c(g$total, 1, 2))) {
    if (tested > g$total) next
    n <- minimum_n(function(n) f_power(n, g$f2, tested, g$total, g$alpha), g$total + 2, g$target)
    v <- n - g$total - 1
    rows[[length(rows) + 1]] <- data.frame(f2 = g$f2, tested = tested, total = g$total, alpha = g$alpha,
      target = g$target, n = n, power = f_power(n, g$f2, tested, g$total, g$alpha),
      power_below = f_power(n - 1, g$f2, tested, g$total, g$alpha),
      lambda = g$f2 * n, critical = qf(1 - g$alpha, tested, v), df1 = tested, df2 = v)
  }
}
f_tests <- do.call(rbind, rows)
# pwr.f2.test must agree where it applies (all predictors tested: lambda = f2 (u + v + 1) = f2 N)
zero <- f_tests[f_tests$tested == f_tests$total, ]
pwr_power <- mapply(function(u, v, f2, alpha) pwr.f2.test(u = u, v = v, f2 = f2, sig.level = alpha)$power,
                    zero$df1, zero$df2, zero$f2, zero$alpha)
stopifnot(max(abs(pwr_power - zero$power)) < 1e-12)
write(f_tests, "f-tests.csv")

# --- post hoc F power on a grid of N (incl. large lambda) ---
post <- expand.grid(n = c(10, 30, 129, 500, 3000), f2 = c(0.02, 0.15, 0.35), tested = c(1, 3), total = 4,
                    alpha = 0.05)
post$power <- mapply(f_power, post$n, post$f2, post$tested, post$total, post$alpha)
write(post, "f-power.csv")

# --- single regression coefficient, t test: df = N - total - 1, delta = sqrt(f2 N) ---
t_power <- function(n, f2, total, alpha, tails) {
  v <- n - total - 1; d <- sqrt(f2 * n)
  if (tails == 2) { tc <- qt(1 - alpha / 2, v); 1 - pt(tc, v, ncp = d) + pt(-tc, v, ncp = d) }
  else 1 - pt(qt(1 - alpha, v), v, ncp = d)
}
grid <- expand.grid(f2 = c(0.02, 0.15, 0.35), total = c(1, 5), alpha = 0.05, target = c(0.8, 0.95),
                    tails = c(1, 2))
grid$n <- mapply(function(f2, total, alpha, target, tails)
  minimum_n(function(n) t_power(n, f2, total, alpha, tails), total + 2, target),
  grid$f2, grid$total, grid$alpha, grid$target, grid$tails)
grid$power <- mapply(t_power, grid$n, grid$f2, grid$total, grid$alpha, grid$tails)
grid$power_below <- mapply(t_power, grid$n - 1, grid$f2, grid$total, grid$alpha, grid$tails)
grid$delta <- sqrt(grid$f2 * grid$n)
grid$critical <- ifelse(grid$tails == 2, qt(1 - grid$alpha / 2, grid$n - grid$total - 1),
                        qt(1 - grid$alpha, grid$n - grid$total - 1))
grid$df <- grid$n - grid$total - 1
write(grid, "t-tests.csv")

# --- noncentral t and F distribution functions themselves ---
nct <- expand.grid(x = c(-3, -0.5, 0, 0.7, 2, 5), df = c(3, 20, 200), ncp = c(-2, 0, 0.5, 3, 12))
# R warns that pnt does not reach full precision far in the tail (x = 5, df = 200, ncp = -2): left out
nct <- nct[!(nct$x == 5 & nct$df == 200 & nct$ncp == -2), ]
nct$cdf <- mapply(function(x, df, ncp) pt(x, df, ncp = ncp), nct$x, nct$df, nct$ncp)
write(nct, "noncentral-t.csv")
ncf <- expand.grid(x = c(0.3, 1, 2.5, 8), df1 = c(1, 4), df2 = c(5, 60), ncp = c(0, 2, 19.35, 150, 900))
ncf$upper <- mapply(function(x, d1, d2, ncp) pf(x, d1, d2, ncp = ncp, lower.tail = FALSE),
                    ncf$x, ncf$df1, ncf$df2, ncf$ncp)
write(ncf, "noncentral-f.csv")

# --- correlation, exact bivariate normal model ---
density_r <- function(r, n, rho) exp(log(n - 2) + lgamma(n - 1) - 0.5 * log(2 * pi) - lgamma(n - 0.5) +
  (n - 1) / 2 * log1p(-rho^2) + (n - 4) / 2 * log1p(-r^2) - (n - 1.5) * log1p(-rho * r)) *
  hyperg_2F1(0.5, 0.5, n - 0.5, (1 + rho * r) / 2)
integral <- function(from, to, n, rho)
  integrate(density_r, from, to, n = n, rho = rho, rel.tol = 1e-13, abs.tol = 1e-15, subdivisions = 2000L)$value
upper_r <- function(c, n, rho) integral(c, 1, n, rho)
lower_r <- function(c, n, rho) integral(-1, c, n, rho)
critical_r <- function(p, n, rho0, upper) { # P(r >= c) = p (upper) or P(r <= c) = p under rho0
  if (rho0 == 0) { t <- qt(1 - p, n - 2); r <- t / sqrt(t^2 + n - 2); return(if (upper) r else -r) }
  f <- if (upper) function(c) upper_r(c, n, rho0) - p else function(c) lower_r(c, n, rho0) - p
  uniroot(f, c(-0.999999, 0.999999), tol = 1e-14)$root
}
c_power <- function(n, rho, rho0, alpha, tails) {
  a <- if (tails == 2) alpha / 2 else alpha
  up <- tails == 2 || rho > rho0; lo <- tails == 2 || rho < rho0
  (if (up) upper_r(critical_r(a, n, rho0, TRUE), n, rho) else 0) +
    (if (lo) lower_r(critical_r(a, n, rho0, FALSE), n, rho) else 0)
}
grid <- expand.grid(rho = c(0.1, 0.3, 0.5, -0.4), rho0 = 0, alpha = 0.05, target = c(0.8, 0.95), tails = c(1, 2))
grid <- rbind(grid, data.frame(rho = c(0.6, 0.2), rho0 = c(0.3, 0.5), alpha = 0.05, target = 0.8, tails = 2),
              data.frame(rho = c(0.9, -0.98, 0.99), rho0 = c(0.5, -0.9, 0), alpha = 0.05, target = 0.95, tails = 2),
              data.frame(rho = 0.45, rho0 = 0.6, alpha = 0.01, target = 0.9, tails = 1))
grid$n <- mapply(function(rho, rho0, alpha, target, tails)
  minimum_n(function(n) c_power(n, rho, rho0, alpha, tails), 4, target),
  grid$rho, grid$rho0, grid$alpha, grid$target, grid$tails)
grid$power <- mapply(c_power, grid$n, grid$rho, grid$rho0, grid$alpha, grid$tails)
grid$power_below <- mapply(c_power, grid$n - 1, grid$rho, grid$rho0, grid$alpha, grid$tails)
grid$lower_critical <- mapply(function(n, rho, rho0, alpha, tails)
  if (tails == 2 || rho < rho0) critical_r(if (tails == 2) alpha / 2 else alpha, n, rho0, FALSE) else NA,
  grid$n, grid$rho, grid$rho0, grid$alpha, grid$tails)
grid$upper_critical <- mapply(function(n, rho, rho0, alpha, tails)
  if (tails == 2 || rho > rho0) critical_r(if (tails == 2) alpha / 2 else alpha, n, rho0, TRUE) else NA,
  grid$n, grid$rho, grid$rho0, grid$alpha, grid$tails)
write(grid, "correlation.csv")
cdf <- expand.grid(r = c(-0.5, 0, 0.2, 0.45, 0.8), n = c(5, 30, 400), rho = c(-0.3, 0, 0.3, 0.9))
cdf$cdf <- mapply(lower_r, cdf$r, cdf$n, cdf$rho)
stopifnot(max(abs(mapply(function(n, rho) integral(-1, 1, n, rho), cdf$n, cdf$rho) - 1)) < 1e-10)
cdf$suppdists <- mapply(function(r, n, rho) pPearson(r, n, rho), cdf$r, cdf$n, cdf$rho)
write(cdf, "correlation-cdf.csv")
cat("R", R.version.string, "; pwr", as.character(packageVersion("pwr")), "; gsl",
    as.character(packageVersion("gsl")), "; SuppDists", as.character(packageVersion("SuppDists")), "\n")
