# Writes the SPSS (.sav/.zsav) and Stata (.dta) test files of org.synergos.data.spss.tests and
# org.synergos.data.stata.tests with R's haven (ReadStat), and the expected contents as JSON, read back by
# haven itself (read_sav(user_na = TRUE), read_dta()). Run from the repository root:
#   Rscript bundles/org.synergos.testing/reference/regenerate-haven.R
# Run with R 4.2.2, haven 2.5.1 and jsonlite 1.8.4 (Debian r-cran-haven, r-cran-jsonlite).
suppressPackageStartupMessages({ library(haven); library(jsonlite) })

args <- commandArgs(TRUE)
root <- if (length(args) > 0) args[[1]] else "."
spss_dir <- file.path(root, "bundles/org.synergos.data.spss.tests/reference")
stata_dir <- file.path(root, "bundles/org.synergos.data.stata.tests/reference")
dir.create(spss_dir, showWarnings = FALSE, recursive = TRUE)
dir.create(stata_dir, showWarnings = FALSE, recursive = TRUE)

long_text <- function(i) paste0(strrep(sprintf("row%d-", i), 80), "\u957f\u6587\u672c", i)

# --- SPSS ---------------------------------------------------------------------------------------------
spss <- data.frame(id = 1:6)
spss$age <- c(23.5, 31, NA, 45.25, 60, 18)
attr(spss$age, "label") <- "Age in years"
spss$sat <- labelled_spss(c(1, 2, 3, 9, NA, 5),
  labels = c("Very low" = 1, "\u6ee1\u610f" = 5, "Refused" = 9), na_values = 9,
  label = "Satisfaction \u6ee1\u610f\u5ea6")
spss$income <- labelled_spss(c(1000, 2500, 99999, -1, 3000.5, -9),
  labels = c("No answer" = 99999), na_values = 99999, na_range = c(-9, -1), label = "Monthly income")
spss$city <- c("\u5317\u4eac", "Shanghai", "", "\u6df1\u5733", "", "Z\u00fcrich")
attr(spss$city, "label") <- "\u57ce\u5e02"
spss$gender <- labelled_spss(c("m", "f", "f", "x", "m", "f"), labels = c(Male = "m", Female = "f", Unknown = "x"),
  na_values = "x", label = "Gender")
spss$note <- vapply(1:6, long_text, "")
spss$a_rather_long_variable_name_beyond_eight <- c(0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
spss$answer <- labelled_spss(c("agree strongly", "disagree", "no answer given", "agree strongly", "disagree", "agree"),
  labels = c("Strong agreement" = "agree strongly", "\u65e0\u56de\u7b54" = "no answer given"),
  na_values = "no answer given", label = "Answer (a string wider than 8 bytes)")
spss[["\u5e74\u9f84\u7ec4"]] <- labelled_spss(c(1, 1, 2, 2, 3, 3), labels = c("\u9752\u5e74" = 1, "\u4e2d\u5e74" = 2, "\u8001\u5e74" = 3))

write_sav(spss, file.path(spss_dir, "survey-uncompressed.sav"), compress = "none")
write_sav(spss, file.path(spss_dir, "survey-bytecode.sav"), compress = "byte")
write_sav(spss, file.path(spss_dir, "survey.zsav"), compress = "zsav")

describe <- function(df) {
  lapply(names(df), function(name) {
    x <- df[[name]]
    labels <- attr(x, "labels")
    list(
      name = name,
      label = attr(x, "label", exact = TRUE),
      type = if (is.character(x)) "string" else "numeric",
      labels = if (is.null(labels)) list() else
        lapply(seq_along(labels), function(i) {
          v <- unname(unclass(labels)[[i]])
          list(value = if (is.double(v) && is.na(v)) list(missing = na_tag(v)) else v, label = names(labels)[[i]])
        }),
      na_values = if (is.null(attr(x, "na_values", exact = TRUE))) list() else as.list(attr(x, "na_values", exact = TRUE)),
      na_range = if (is.null(attr(x, "na_range", exact = TRUE))) NULL else as.list(attr(x, "na_range", exact = TRUE)),
      values = lapply(seq_along(x), function(i) {
        v <- unclass(x)[[i]]
        if (is.na(v)) {
          tag <- if (is.double(v)) na_tag(v) else NA
          if (!is.na(tag)) list(missing = tag) else NULL
        } else v
      }))
  })
}
expect <- function(file, dir, df) {
  writeLines(toJSON(list(rows = nrow(df), variables = describe(df)), auto_unbox = TRUE, null = "null",
    digits = NA, pretty = TRUE), file.path(dir, paste0(basename(file), ".json")), useBytes = TRUE)
}
for (f in c("survey-uncompressed.sav", "survey-bytecode.sav", "survey.zsav")) {
  expect(f, spss_dir, read_sav(file.path(spss_dir, f), user_na = TRUE))
}

# --- Stata --------------------------------------------------------------------------------------------
stata_ascii <- data.frame(id = 1:5)
stata_ascii$weight <- c(61.5, 72.25, NA, 80, 55)
attr(stata_ascii$weight, "label") <- "Weight (kg)"
stata_ascii$rating <- labelled(c(1, 2, tagged_na("a"), 3, tagged_na("z")),
  labels = c(Low = 1, High = 3, "Not asked" = tagged_na("a")), label = "Rating")
stata_ascii$town <- c("Bern", "Zurich", "", "Basel", "Geneva")
stata_ascii$big <- c(2147483620, -2147483647, 0, NA, 12)
stata_ascii$memo <- c(strrep("x", 3000), "short", "", strrep("yz", 1500), "m")

stata_utf8 <- stata_ascii
stata_utf8$town <- c("\u5317\u4eac", "Z\u00fcrich", "", "\u6df1\u5733", "Gen\u00e8ve")
attr(stata_utf8$town, "label") <- "\u57ce\u5e02"
stata_utf8$rating <- labelled(c(1, 2, tagged_na("a"), 3, tagged_na("z")),
  labels = c("\u4f4e" = 1, "\u9ad8" = 3, "Not asked" = tagged_na("a")), label = "\u8bc4\u5206")
stata_utf8$memo <- c(paste0(strrep("\u6587", 1000), "end"), "short", "", strrep("yz", 1500), "m")

write_dta(stata_ascii, file.path(stata_dir, "survey-117.dta"), version = 13)
write_dta(stata_utf8, file.path(stata_dir, "survey-118.dta"), version = 14)
write_dta(stata_utf8, file.path(stata_dir, "survey-119.dta"), version = 15)
for (f in c("survey-117.dta", "survey-118.dta", "survey-119.dta")) {
  expect(f, stata_dir, read_dta(file.path(stata_dir, f)))
}

# --- the example's data as SPSS and Stata files (for the distribution test: same results as the CSV) ------
examples_dir <- file.path(root, "bundles/org.synergos.testing/reference/data/spss-stata")
dir.create(examples_dir, showWarnings = FALSE, recursive = TRUE)
nqpf <- read.csv(file.path(root, "examples/nqpf-smes/data.csv"), check.names = FALSE, stringsAsFactors = FALSE)
write_sav(nqpf, file.path(examples_dir, "nqpf-smes.sav"), compress = "byte")
write_dta(nqpf, file.path(examples_dir, "nqpf-smes.dta"), version = 14)

# --- a ZSAV file of several zlib blocks (ReadStat compresses about 4 MB of bytecode per block) ------------
n <- 200000
big <- data.frame(a = rep(c(0.5, 1.5, 2.5, 3.25), n / 4), b = rep(c(10.1, 20.2), n / 2), c = seq_len(n) + 0.5)
write_sav(big, file.path(spss_dir, "blocks.zsav"), compress = "zsav")
back <- read_sav(file.path(spss_dir, "blocks.zsav"))
writeLines(toJSON(list(rows = nrow(back), sums = lapply(back, function(x) sum(x)),
  cells = lapply(c(1, 99999, 100000, 200000), function(i) list(row = i, a = back$a[[i]], b = back$b[[i]], c = back$c[[i]]))),
  auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(spss_dir, "blocks.zsav.json"))
