# lavaan's times for the CB-SEM benchmark (cbsem-vs-lavaan.sh): the lavaan tutorial model on
# PoliticalDemocracy, ML with lavaan's defaults (SEs, test, fitMeasures), and 1,000 bootstrap refits.
#   Rscript lavaan-timing.R PoliticalDemocracy.csv [boot]
# (boot: one fit and the bootstrap only, for timing the whole R process)
suppressPackageStartupMessages(library(lavaan))
args <- commandArgs(trailingOnly = TRUE)
pd <- read.csv(args[1])
model <- '
  ind60 =~ x1 + x2 + x3
  dem60 =~ y1 + y2 + y3 + y4
  dem65 =~ y5 + y6 + y7 + y8
  dem60 ~ ind60
  dem65 ~ ind60 + dem60
  y1 ~~ y5
  y2 ~~ y4 + y6
  y3 ~~ y7
  y4 ~~ y8
  y6 ~~ y8
'
fit_once <- function() { f <- sem(model, data = pd); fitMeasures(f); parameterEstimates(f); f }
if (length(args) > 1 && args[2] == "boot") {
  fit_once(); set.seed(1); sem(model, data = pd, se = "bootstrap", bootstrap = 1000); quit(save = "no")
}
first <- system.time(fit_once())[["elapsed"]]
warm <- replicate(50, system.time(fit_once())[["elapsed"]])
set.seed(1)
boot <- system.time(sem(model, data = pd, se = "bootstrap", bootstrap = 1000))[["elapsed"]]
cat(sprintf("lavaan %s, R %s\n", packageVersion("lavaan"), getRversion()))
cat(sprintf("first fit in this R process (after library(lavaan)): %.1f ms\n", first * 1000))
cat(sprintf("warm fit incl. fitMeasures and parameterEstimates: median %.1f ms, min %.1f ms (50 fits)\n",
            median(warm) * 1000, min(warm) * 1000))
cat(sprintf("1,000 bootstrap refits (se = \"bootstrap\", lavaan's default: no parallelism): %.2f s\n", boot))
