# Independent reference for the coupling-coordination plugin's tests, in base R only (no packages).
#
# 1. Synthesises the test data with R's default generator (Mersenne-Twister, Inversion), seeded, and writes
#    ../cases/<case>/data.csv (rounded to the decimals a statistical yearbook gives). The data are
#    SYNTHETIC: plausible trends for the example, not any paper's data. The periods data set is also the
#    example study's ../../examples/coupling-coordination/data.csv.
# 2. Reads each data.csv back (so R computes from exactly the decimals the engine reads) and computes, for
#    the configurations written out below (they restate ../cases/<case>/coupling.json by hand; this script
#    does not read the JSON files; two-regions-noshift is two-regions with shift 0), every number the
#    engine reports:
#      weights.csv       subsystem, indicator, direction, min, max, entropy, divergence, weight
#      indices.csv       row, subsystem, index (comprehensive index U of the subsystem in that row)
#      coordination.csv  row, C, C_alt (the equivalent variant), T, D, level, level_zh, level_en, class,
#                        class_zh, stage, stage_zh, lagging
#    numbers to 17 significant digits.
# Run from the plugin folder:  Rscript src/test/resources/reference/regenerate.R
#
# Method (the engine's README states the same):
#   x'_ij = (x_ij - min_j)/(max_j - min_j) + shift   (positive indicator)
#   x'_ij = (max_j - x_ij)/(max_j - min_j) + shift   (negative indicator)
#   p_ij = x'_ij / sum_i x'_ij;  e_j = -(1/ln m) sum_i p_ij ln p_ij  (0 ln 0 = 0);  d_j = 1 - e_j
#   w_j = d_j / sum of d_k over the indicators of j's subsystem ("within") or over all indicators ("across")
#   U_si = sum over j in subsystem s of w_j x'_ij
#   C = n [prod_s U_s / (sum_s U_s)^n]^(1/n);  T = sum_s alpha_s U_s;  D = sqrt(C T)
here <- "src/test/resources"
options(digits = 17)
num <- function(x) sprintf("%.17g", x)

# ---- data -------------------------------------------------------------------------------------------
write_data <- function(df, case) {
  dir.create(file.path(here, "cases", case), showWarnings = FALSE, recursive = TRUE)
  write.csv(df, file.path(here, "cases", case, "data.csv"), row.names = FALSE, quote = FALSE)
}

# Technology, factors, industry of a region's high-tech sector, 2012-2023 (12 periods)
set.seed(20250101)
t <- 0:11
periods <- data.frame(
  year = 2012 + t,
  rd_intensity = round(1.9 + 0.08 * t + rnorm(12, 0, 0.05), 2),             # TECH + R&D spending, % of revenue
  invention_patents = round(12 + 2.5 * t + rnorm(12, 0, 1.2), 1),           # TECH + per 10k employees
  tech_import_dependence = round(45 - 1.8 * t + rnorm(12, 0, 1.5), 1),      # TECH - imported technology, % of spending
  rd_personnel = round(380 + 22 * t + rnorm(12, 0, 12)),                    # FACT + FTE per 10k employees
  computing_power = round(20 * exp(0.25 * t) * (1 + rnorm(12, 0, 0.05)), 1), # FACT + PFLOPS available
  venture_capital = round(150 + 30 * t + rnorm(12, 0, 25), 1),              # FACT + 100M yuan invested
  financing_cost = round(6.8 - 0.15 * t + rnorm(12, 0, 0.12), 2),           # FACT - average loan rate, %
  hightech_output_share = round(12 + 0.6 * t + rnorm(12, 0, 0.3), 2),       # IND + % of regional GDP
  new_product_share = round(18 + 1.1 * t + rnorm(12, 0, 0.6), 2),           # IND + new products, % of revenue
  energy_intensity = round(0.62 - 0.018 * t + rnorm(12, 0, 0.01), 3))       # IND - tce per 10k yuan output
write_data(periods, "tfi-periods")
write_data(periods, "tfi-across")
# the example study is the same data (examples/coupling-coordination; tests check the copies are identical)
example <- file.path("..", "..", "examples", "coupling-coordination")
if (dir.exists(example)) write.csv(periods, file.path(example, "data.csv"), row.names = FALSE, quote = FALSE)

# Innovation and industry of 11 regions in one year (2 subsystems)
set.seed(20250202)
strength <- rnorm(11)
regions <- data.frame(
  region = sprintf("region-%02d", 1:11),
  rd_intensity = round(2.2 + 0.6 * strength + rnorm(11, 0, 0.3), 2),           # INNO +
  patents_per_10k = round(exp(2.5 + 0.5 * strength + rnorm(11, 0, 0.2)), 1),    # INNO +
  innovation_platforms = round(40 + 12 * strength + rnorm(11, 0, 6)),           # INNO +
  hightech_revenue = round(exp(7 + 0.6 * strength + rnorm(11, 0, 0.3))),        # IND + 100M yuan
  labour_productivity = round(25 + 5 * strength + rnorm(11, 0, 3), 1),          # IND + 10k yuan per worker
  pollution_intensity = round(1.4 - 0.25 * strength + rnorm(11, 0, 0.15), 2))  # IND - t per 10k yuan
write_data(regions, "two-regions")

# ---- the configurations (as in ../cases/<case>/coupling.json) ---------------------------------------
tfi <- list(
  TECH = c(rd_intensity = "positive", invention_patents = "positive", tech_import_dependence = "negative"),
  FACT = c(rd_personnel = "positive", computing_power = "positive", venture_capital = "positive",
           financing_cost = "negative"),
  IND = c(hightech_output_share = "positive", new_product_share = "positive", energy_intensity = "negative"))
cases <- list(
  "tfi-periods" = list(id = "year", subsystems = tfi, alpha = c(1, 1, 1) / 3, shift = 0.0001, scheme = "within"),
  "tfi-across" = list(id = "year", subsystems = tfi, alpha = c(0.4, 0.3, 0.3), shift = 0.0001, scheme = "across"),
  "two-regions" = list(id = "region", subsystems = list(
    INNO = c(rd_intensity = "positive", patents_per_10k = "positive", innovation_platforms = "positive"),
    IND = c(hightech_revenue = "positive", labour_productivity = "positive", pollution_intensity = "negative")),
    alpha = c(0.6, 0.4), shift = 0.01, scheme = "within"))
# the same regions without the shift: the worst value normalises to 0, 0 ln 0 = 0
cases[["two-regions-noshift"]] <- modifyList(cases[["two-regions"]], list(shift = 0))

levels_zh <- c("极度失调", "严重失调", "中度失调", "轻度失调", "濒临失调", "勉强协调", "初级协调", "中级协调",
               "良好协调", "优质协调")
levels_en <- c("extreme disorder", "serious disorder", "moderate disorder", "mild disorder",
               "on the verge of disorder", "barely coordinated", "primary coordination",
               "intermediate coordination", "good coordination", "quality coordination")
classes_zh <- c("低度协调", "中度协调", "高度协调", "极度协调")
classes_en <- c("low", "moderate", "high", "extreme")
stages_zh <- c("低水平耦合", "拮抗", "磨合", "高水平耦合")
stages_en <- c("low-level coupling", "antagonism", "running-in", "high-level coupling")
# intervals open below, closed above (Tian et al. 2021, Acta Geographica Sinica 76(4), Table 1):
# [0, 0.1] is level 1, (0.1, 0.2] level 2, ..., (0.9, 1] level 10
level_of <- function(d) 1 + sum(d > c(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9))  # literals, not seq()
class_of <- function(d) 1 + sum(d > c(0.3, 0.5, 0.8))
stage_of <- function(c) 1 + sum(c > c(0.3, 0.5, 0.8))

for (case in names(cases)) {
  cfg <- cases[[case]]
  folder <- if (case == "two-regions-noshift") "two-regions" else case
  data <- read.csv(file.path(here, "cases", folder, "data.csv"), check.names = FALSE, stringsAsFactors = FALSE)
  m <- nrow(data)
  ids <- as.character(data[[cfg$id]])
  weights <- list(); xs <- list()
  for (s in names(cfg$subsystems)) for (j in names(cfg$subsystems[[s]])) {
    x <- data[[j]]; mn <- min(x); mx <- max(x)
    xn <- if (cfg$subsystems[[s]][[j]] == "positive") (x - mn) / (mx - mn) else (mx - x) / (mx - mn)
    xs[[j]] <- xn + cfg$shift
    p <- xs[[j]] / sum(xs[[j]])
    e <- -sum(ifelse(p > 0, p * log(p), 0)) / log(m)
    weights[[length(weights) + 1]] <- data.frame(subsystem = s, indicator = j,
      direction = cfg$subsystems[[s]][[j]], min = mn, max = mx, entropy = e, divergence = 1 - e)
  }
  weights <- do.call(rbind, weights)
  weights$weight <- if (cfg$scheme == "within") {
    weights$divergence / ave(weights$divergence, weights$subsystem, FUN = sum)
  } else {
    weights$divergence / sum(weights$divergence)
  }
  U <- sapply(names(cfg$subsystems), function(s) {
    rows <- weights[weights$subsystem == s, ]
    Reduce(`+`, Map(function(j, w) w * xs[[j]], rows$indicator, rows$weight))
  })
  n <- ncol(U)
  C <- apply(U, 1, function(u) n * (prod(u) / sum(u)^n)^(1 / n))
  C_alt <- apply(U, 1, function(u) (prod(u) / (sum(u) / n)^n)^(1 / n))  # the common variant: the same number
  stopifnot(isTRUE(all.equal(C, C_alt, tolerance = 1e-14)))
  T <- as.vector(U %*% cfg$alpha)
  D <- sqrt(C * T)
  level <- sapply(D, level_of); class <- sapply(D, class_of); stage <- sapply(C, stage_of)
  # the lowest U; none when another subsystem's U equals it to 1e-12 relative (e.g. every U = shift)
  lagging <- apply(U, 1, function(u) {
    o <- order(u)
    if (u[o[2]] - u[o[1]] <= 1e-12 * abs(u[o[1]])) "" else colnames(U)[o[1]]
  })
  out <- file.path(here, "reference", case)
  dir.create(out, showWarnings = FALSE, recursive = TRUE)
  w <- weights
  for (k in c("min", "max", "entropy", "divergence", "weight")) w[[k]] <- num(w[[k]])
  write.csv(w, file.path(out, "weights.csv"), row.names = FALSE)
  write.csv(data.frame(row = rep(ids, n), subsystem = rep(colnames(U), each = m), index = num(as.vector(U))),
            file.path(out, "indices.csv"), row.names = FALSE)
  write.csv(data.frame(row = ids, C = num(C), C_alt = num(C_alt), T = num(T), D = num(D), level = level,
                       level_zh = levels_zh[level], level_en = levels_en[level], class = classes_en[class],
                       class_zh = classes_zh[class], stage = stages_en[stage], stage_zh = stages_zh[stage],
                       lagging = lagging),
            file.path(out, "coordination.csv"), row.names = FALSE, fileEncoding = "UTF-8")
  cat(case, ": m =", m, ", n =", n, ", max |C - C_alt| =", format(max(abs(C - C_alt)), digits = 3),
      ", D from", format(min(D), digits = 4), "to", format(max(D), digits = 4), "\n")
}
cat(R.version.string, "\n")
