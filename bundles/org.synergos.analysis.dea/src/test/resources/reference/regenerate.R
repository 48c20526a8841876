# Reference values for the DEA and Malmquist engines, from R package Benchmarking (Bogetoft & Otto).
# Run from bundles/org.synergos.analysis.dea with Benchmarking and lpSolveAPI installed (see README.md):
#   R_LIBS=/path/to/library Rscript src/test/resources/reference/regenerate.R > src/test/resources/reference/regenerate.log 2>&1
# Reads ../data/*.csv, writes the CSV files beside this script; writes ../data/panel.csv (synthesized, seeded) first.
suppressPackageStartupMessages(library(Benchmarking))
here <- "src/test/resources/reference"
data <- "src/test/resources/data"
options(digits = 17)
cat(R.version.string, "\n")
cat("Benchmarking", as.character(packageVersion("Benchmarking")), "\n")
cat("lpSolveAPI", as.character(packageVersion("lpSolveAPI")), "\n")

num <- function(v) ifelse(is.na(v), "NA", ifelse(is.infinite(v), ifelse(v > 0, "Inf", "-Inf"), sprintf("%.17g", v)))
write <- function(df, file) {
  for (c in names(df)) if (is.numeric(df[[c]])) df[[c]] <- num(df[[c]])
  write.csv(df, file.path(here, file), row.names = FALSE, quote = FALSE)
  cat("wrote", file, nrow(df), "rows\n")
}

# --- the synthesized panel for Malmquist: 8 DMUs x 4 periods, DMU H missing in period 3 (unbalanced) ---
set.seed(20261208)
panel <- NULL
size <- exp(rnorm(8, 0, 0.5)); names(size) <- LETTERS[1:8]
for (t in 1:4) {
  for (d in LETTERS[1:8]) {
    if (d == "H" && t == 3) next
    x1 <- round(10 * size[[d]] * exp(rnorm(1, 0, 0.2)), 2)
    x2 <- round(5 * size[[d]] * exp(rnorm(1, 0, 0.2)), 2)
    y1 <- round(exp(0.05 * t) * x1^0.5 * x2^0.4 * exp(-abs(rnorm(1, 0, 0.2))), 3)
    y2 <- round(exp(0.03 * t) * x1^0.3 * x2^0.6 * exp(-abs(rnorm(1, 0, 0.2))), 3)
    panel <- rbind(panel, data.frame(unit = d, period = 2018 + t, x1 = x1, x2 = x2, y1 = y1, y2 = y2))
  }
}
write.csv(panel, file.path(data, "panel.csv"), row.names = FALSE, quote = FALSE)
cat("wrote ../data/panel.csv", nrow(panel), "rows\n")

# --- cross-sections ---
cases <- list(
  charnes1981 = list(file = "charnes1981.csv", dmu = "firm", x = paste0("x", 1:5), y = paste0("y", 1:3), period = NULL),
  hospital = list(file = "hospital.csv", dmu = "hospital", x = c("doctors", "nurses"), y = c("outpatients", "inpatients"), period = NULL),
  innovation = list(file = "innovation.csv", dmu = "region", x = c("rd_staff", "rd_spending"), y = c("patents", "new_product_revenue"), period = "year")
)

# returns-to-scale class, the rule the engine documents (CRS = VRS: crs; NIRS = VRS: drs; else irs; relative 1e-6)
classify <- function(crs, vrs, nirs) ifelse(abs(crs - vrs) <= 1e-6 * vrs, "crs", ifelse(abs(nirs - vrs) <= 1e-6 * vrs, "drs", "irs"))

for (name in names(cases)) {
  case <- cases[[name]]
  d <- read.csv(file.path(data, case$file), check.names = FALSE)
  sections <- if (is.null(case$period)) list(d) else split(d, d[[case$period]])
  for (orientation in c("in", "out")) {
    eff <- NULL; sl <- list(crs = NULL, vrs = NULL); lam <- list(crs = NULL, vrs = NULL)
    for (s in sections) {
      X <- as.matrix(s[, case$x]); Y <- as.matrix(s[, case$y])
      ids <- as.character(s[[case$dmu]])
      per <- if (is.null(case$period)) rep("", nrow(s)) else as.character(s[[case$period]])
      crs <- dea(X, Y, RTS = "crs", ORIENTATION = orientation)$eff
      vrs <- dea(X, Y, RTS = "vrs", ORIENTATION = orientation)$eff
      drs <- dea(X, Y, RTS = "drs", ORIENTATION = orientation)$eff
      score <- function(e) if (orientation == "in") e else 1 / e
      eff <- rbind(eff, data.frame(dmu = ids, period = per, crs = crs, vrs = vrs, drs = drs,
        rts = classify(score(crs), score(vrs), score(drs))))
      for (rts in c("crs", "vrs")) {
        e <- dea(X, Y, RTS = rts, ORIENTATION = orientation, SLACK = TRUE)
        sup <- sdea(X, Y, RTS = rts, ORIENTATION = orientation)$eff
        sx <- e$sx; colnames(sx) <- paste0("sx_", case$x)
        sy <- e$sy; colnames(sy) <- paste0("sy_", case$y)
        sl[[rts]] <- rbind(sl[[rts]], data.frame(dmu = ids, period = per, eff = e$eff, sx, sy, super = sup, check.names = FALSE))
        L <- e$lambda
        for (k in seq_len(nrow(L))) for (j in seq_len(ncol(L))) if (L[k, j] != 0)
          lam[[rts]] <- rbind(lam[[rts]], data.frame(dmu = ids[k], period = per[k], peer = ids[j], lambda = L[k, j]))
      }
    }
    write(eff, sprintf("%s/efficiency-%s.csv", name, orientation))
    for (rts in c("crs", "vrs")) {
      write(sl[[rts]], sprintf("%s/slacks-%s-%s.csv", name, rts, orientation))
      write(lam[[rts]], sprintf("%s/lambdas-%s-%s.csv", name, rts, orientation))
    }
  }
}

# --- Malmquist: Benchmarking's malmq on each pair of adjacent periods (technology: all DMUs of the period) ---
panels <- list(
  innovation = list(file = "innovation.csv", dmu = "region", x = c("rd_staff", "rd_spending"), y = c("patents", "new_product_revenue"), period = "year"),
  panel = list(file = "panel.csv", dmu = "unit", x = c("x1", "x2"), y = c("y1", "y2"), period = "period")
)
for (name in names(panels)) {
  p <- panels[[name]]
  d <- read.csv(file.path(data, p$file), check.names = FALSE)
  periods <- sort(unique(d[[p$period]]))
  for (orientation in c("in", "out")) for (rts in c("crs", "vrs")) {
    out <- NULL
    for (i in seq_len(length(periods) - 1)) {
      d0 <- d[d[[p$period]] == periods[i], ]; d1 <- d[d[[p$period]] == periods[i + 1], ]
      m <- malmq(as.matrix(d0[, p$x]), as.matrix(d0[, p$y]), ID0 = as.character(d0[[p$dmu]]),
                 as.matrix(d1[, p$x]), as.matrix(d1[, p$y]), ID1 = as.character(d1[[p$dmu]]),
                 RTS = rts, ORIENTATION = orientation)
      r <- data.frame(dmu = m$id, from = periods[i], to = periods[i + 1], e00 = m$e00, e01 = m$e01, e10 = m$e10,
                      e11 = m$e11, m = m$m, tc = m$tc, ec = m$ec)
      if (rts == "crs") {
        # VRS scores in their own periods, for PECH = e11v/e00v (input) as in Färe et al. (1994)
        v0 <- dea(as.matrix(d0[, p$x]), as.matrix(d0[, p$y]), RTS = "vrs", ORIENTATION = orientation)$eff
        v1 <- dea(as.matrix(d1[, p$x]), as.matrix(d1[, p$y]), RTS = "vrs", ORIENTATION = orientation)$eff
        r$v00 <- v0[match(m$id, as.character(d0[[p$dmu]]))]
        r$v11 <- v1[match(m$id, as.character(d1[[p$dmu]]))]
        r$pech <- r$v11 / r$v00
        r$sech <- r$ec / r$pech
      }
      out <- rbind(out, r)
    }
    write(out, sprintf("%s/malmquist-%s-%s.csv", name, rts, orientation))
  }
}
sessionInfo()
