# Independent AHP reference for the plugin's tests: base R's eigen() (LAPACK dgeev) on every comparison
# matrix of each test case in ../cases/*/ahp.json, read with jsonlite. Writes, per case:
#   matrices.csv       matrix, judge ("" single, "group" for the AIJ matrix, else the judge), n, lambda_max,
#                      ci, ri, cr, triad (most inconsistent by |ln(a_ij a_jk / a_ik)|), triad_deviation
#   local-weights.csv  matrix, element, eigenvector, geometric_mean (weights of the matrix the engine uses)
#   global-weights.csv element, kind (criterion | alternative), eigenvector, geometric_mean
# Run from the plugin folder:  Rscript src/test/resources/reference/regenerate.R
suppressPackageStartupMessages(library(jsonlite))
here <- "src/test/resources"
ri_saaty_1980 <- c(0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)

judgement <- function(x) if (is.character(x)) eval(parse(text = x)) else as.numeric(x)
as_matrix <- function(rows) do.call(rbind, lapply(rows, function(r) sapply(r, judgement)))

principal <- function(a) {
  e <- eigen(a)
  i <- which.max(Re(e$values))
  v <- Re(e$vectors[, i])
  list(lambda = Re(e$values[i]), w = v / sum(v))
}
row_gm <- function(a) { g <- apply(a, 1, function(r) exp(mean(log(r)))); g / sum(g) }
consistency <- function(a, ids) {
  n <- nrow(a); p <- principal(a)
  ci <- if (n <= 2) 0 else (p$lambda - n) / (n - 1)
  cr <- if (n <= 2) 0 else ci / ri_saaty_1980[n]
  triad <- ""; dev <- NA
  if (n >= 3) for (i in 1:(n - 2)) for (j in (i + 1):(n - 1)) for (k in (j + 1):n) {
    d <- abs(log(a[i, j] * a[j, k] / a[i, k]))
    if (is.na(dev) || d > dev) { dev <- d; triad <- sprintf("(%s, %s, %s)", ids[i], ids[j], ids[k]) }
  }
  data.frame(n = n, lambda_max = p$lambda, ci = ci, ri = ri_saaty_1980[n], cr = cr, triad = triad,
             triad_deviation = dev)
}

for (case_dir in list.dirs(file.path(here, "cases"), recursive = FALSE)) {
  h <- fromJSON(file.path(case_dir, "ahp.json"), simplifyVector = FALSE)
  alternatives <- vapply(h$alternatives, function(a) a$id, "")
  matrices <- list(); local <- list(); weights <- list(eig = list(), gm = list()); leaves <- character()
  # the elements compared under each parent, and the leaves
  compared <- list()
  walk <- function(id, children) {
    if (length(children) == 0) { leaves <<- c(leaves, id); if (length(alternatives)) compared[[id]] <<- alternatives; return() }
    compared[[id]] <<- vapply(children, function(c) c$id, "")
    for (c in children) walk(c$id, if (is.null(c$criteria)) list() else c$criteria)
  }
  walk(h$goal$id, h$criteria)
  mats <- list()
  for (id in names(compared)) {
    ids <- compared[[id]]; j <- h$judgements[[id]]
    if (is.null(j)) { mats[[id]] <- matrix(1, 1, 1); next }
    if (is.list(j[[1]]) && !is.null(names(j))) {  # judges
      individual <- lapply(j, as_matrix)
      for (judge in names(individual))
        matrices[[length(matrices) + 1]] <- cbind(data.frame(matrix = id, judge = judge), consistency(individual[[judge]], ids))
      logs <- Reduce(`+`, lapply(individual, log)) / length(individual)
      a <- exp(logs); label <- "group"
    } else { a <- as_matrix(j); label <- "" }
    mats[[id]] <- a
    matrices[[length(matrices) + 1]] <- cbind(data.frame(matrix = id, judge = label), consistency(a, ids))
    local[[length(local) + 1]] <- data.frame(matrix = id, element = ids, eigenvector = principal(a)$w,
                                             geometric_mean = row_gm(a))
  }
  # global weights: local x parent's global, from the goal down
  global <- list(eig = c(), gm = c())
  global$eig[h$goal$id] <- 1; global$gm[h$goal$id] <- 1
  down <- function(id, children) {
    if (length(children) == 0) return()
    a <- mats[[id]]; ids <- compared[[id]]
    we <- if (nrow(a) == 1) 1 else principal(a)$w
    wg <- if (nrow(a) == 1) 1 else row_gm(a)
    global$eig[ids] <<- global$eig[id] * we
    global$gm[ids] <<- global$gm[id] * wg
    for (c in children) down(c$id, if (is.null(c$criteria)) list() else c$criteria)
  }
  down(h$goal$id, h$criteria)
  criteria <- setdiff(names(global$eig), h$goal$id)
  out <- data.frame(element = criteria, kind = "criterion", eigenvector = unname(global$eig[criteria]),
                    geometric_mean = unname(global$gm[criteria]))
  if (length(alternatives)) {
    pe <- rep(0, length(alternatives)); pg <- pe
    for (leaf in leaves) {
      pe <- pe + global$eig[leaf] * principal(mats[[leaf]])$w
      pg <- pg + global$gm[leaf] * row_gm(mats[[leaf]])
    }
    out <- rbind(out, data.frame(element = alternatives, kind = "alternative", eigenvector = pe, geometric_mean = pg))
  }
  target <- file.path(here, "reference", basename(case_dir))
  dir.create(target, showWarnings = FALSE, recursive = TRUE)
  write17 <- function(df, name) write.csv(format(df, digits = 17), file.path(target, name), row.names = FALSE, quote = TRUE)
  write17(do.call(rbind, matrices), "matrices.csv")
  write17(do.call(rbind, local), "local-weights.csv")
  write17(out, "global-weights.csv")
  cat("wrote", target, "\n")
}
cat(R.version.string, "; jsonlite", as.character(packageVersion("jsonlite")), "\n")
