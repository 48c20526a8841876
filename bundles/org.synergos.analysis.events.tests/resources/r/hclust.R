# Reference merge heights and 2-cluster memberships for the event-sequence engine's clustering tests
# (base R 4.2.2, stats::hclust). The distance matrix is a hand-made one without ties, so the merge order
# is unique. Run from this folder: Rscript hclust.R
d <- matrix(c(0, 2, 6, 10, 9,
              2, 0, 5, 9, 8,
              6, 5, 0, 4, 5,
              10, 9, 4, 0, 3,
              9, 8, 5, 3, 0), nrow = 5, byrow = TRUE)
for (method in c("average", "ward.D2")) {
  h <- hclust(as.dist(d), method = method)
  write.csv(data.frame(step = seq_along(h$height), height = h$height), paste0("hclust_", method, ".csv"),
            row.names = FALSE)
  write.csv(data.frame(case = 1:5, cluster = cutree(h, k = 2)), paste0("cutree2_", method, ".csv"), row.names = FALSE)
}
