# Writes the data panel's fixture survey.csv and what R says of each of its columns (reference.json;
# reference-xlsx.json: the same for the testing bundle's survey.xlsx): type, n, missing, min, max, mean,
# counts of 10 equal-width bins over [min, max] closed on the left (the last closed on both sides),
# distinct values of text columns. Run: Rscript make-reference.R (R 4.x, jsonlite).
library(jsonlite)
set.seed(20261208)
n <- 240
d <- data.frame(
  id = seq_len(n),
  trust = round(rnorm(n, 4.2, 1.1), 2),
  likert = sample(1:7, n, replace = TRUE),
  sector = sample(c("manufacturing", "services", "public", "retail"), n, replace = TRUE),
  size = round(rlnorm(n, 3, 1)),
  stringsAsFactors = FALSE
)
d$trust[sample(n, 9)] <- NA
d$likert[sample(n, 4)] <- NA
d$sector[sample(n, 3)] <- NA
# values on the edges of bins: min, max and interior edges appear several times
d$likert[1:3] <- c(1, 7, 7)
write.csv(d, "survey.csv", row.names = FALSE, na = "NA")
back <- read.csv("survey.csv", stringsAsFactors = FALSE)
profile <- function(x) {
  miss <- sum(is.na(x))
  if (is.numeric(x)) {
    v <- x[!is.na(x)]
    breaks <- seq(min(v), max(v), length.out = 11)
    h <- hist(v, breaks = breaks, right = FALSE, include.lowest = TRUE, plot = FALSE)
    list(type = "numeric", n = length(v), missing = miss, min = min(v), max = max(v), mean = mean(v),
         edges = breaks, counts = h$counts)
  } else {
    list(type = "text", n = sum(!is.na(x)), missing = miss, distinct = length(unique(x[!is.na(x)])))
  }
}
ref <- lapply(back, profile)
ref$`_provenance` <- paste(R.version.string, "jsonlite", as.character(packageVersion("jsonlite")))
writeLines(toJSON(ref, auto_unbox = TRUE, digits = NA, pretty = TRUE), "reference.json")

# The XLSX source: the testing bundle's survey.xlsx (sheet Survey), as readxl reads it
library(readxl)
x <- as.data.frame(read_excel("../../../org.synergos.testing/reference/data/xlsx/survey.xlsx", sheet = "Survey"))
refx <- lapply(x, profile)
refx$`_provenance` <- paste(R.version.string, "readxl", as.character(packageVersion("readxl")),
                            "jsonlite", as.character(packageVersion("jsonlite")))
writeLines(toJSON(refx, auto_unbox = TRUE, digits = NA, pretty = TRUE), "reference-xlsx.json")
