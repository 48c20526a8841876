# The standardized solution (std.all) of paper E's model fitted by lavaan to the nqpf-smes example's SIMULATED data:
# the population the monte-carlo-power engine takes with population=estimates, method=cb-sem.
# Run from this folder: Rscript estimates-population.R  (R 4.2.2, lavaan 0.6-14) -> estimates-population-cbsem.csv
library(lavaan)
data <- read.csv("../../../examples/nqpf-smes/data.csv")
model <- "NQPF =~ NQ1 + NQ2 + NQ3 + NQ4 + NQ5 + NQ6 + NQ7 + NQ8 + NQ9
DT =~ DT1 + DT2 + DT3 + DT4 + DT5
CIP =~ CIP1 + CIP2 + CIP3 + CIP4
CIP ~ c*NQPF
DT ~ a*NQPF
CIP ~ b*DT"
fit <- sem(model, data = data)
pe <- standardizedSolution(fit)
pe <- pe[pe$op %in% c("=~", "~"), c("lhs", "op", "rhs", "est.std")]
write.csv(pe, "estimates-population-cbsem.csv", row.names = FALSE)
print(pe, digits = 6)
