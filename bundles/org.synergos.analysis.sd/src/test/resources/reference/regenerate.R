# Reference trajectories for the system-dynamics engine, solved independently with deSolve.
#
#   cd bundles/org.synergos.analysis.sd/src/test/resources/reference && Rscript regenerate.R
#
# Each model of ../cases/<name>/model.synergos is written here again by hand as an ODE system: stocks are
# state variables, DELAY1/DELAY3 are one or three material levels (outflow level/(T/n)), SMOOTH/SMOOTH3 one or
# three first-order information stages, lookups are approx(..., rule = 2) (linear) or
# approx(..., method = "constant", f = 0, rule = 2) (step). Solved with ode(method = "euler") and
# ode(method = "rk4") at the model's dt; auxiliaries, flows and delay outputs at each saved time are computed
# from the state at that time. Output: <case>-<method>[-<run>].csv (time and one column per element id, 17
# significant digits), the synergy model's ILLUSTRATIVE observed series ../cases/synergy/observed.csv and
# the fit statistics of the base RK4 run against it (synergy-fit.csv).
suppressPackageStartupMessages(library(deSolve))

fmt <- function(df) {
  for (n in names(df)) if (is.numeric(df[[n]])) df[[n]] <- sprintf("%.17g", df[[n]])
  df
}

solve_model <- function(func, y0, parms, times, method, outputs) {
  out <- ode(y = y0, times = times, func = func, parms = parms, method = method)
  rows <- lapply(seq_along(times), function(i) {
    state <- out[i, names(y0)]
    res <- func(times[i], state, parms)
    c(time = times[i], unlist(res[-1])[outputs])
  })
  as.data.frame(do.call(rbind, rows))
}

write_ref <- function(df, file) write.csv(fmt(df), file, row.names = FALSE, quote = FALSE)

step <- function(t, h, t0) if (t >= t0) h else 0
ramp <- function(t, s, t0, t1) if (t <= t0) 0 else if (t >= t1) s * (t1 - t0) else s * (t - t0)
pulse <- function(t, t0, w) if (t >= t0 && t < t0 + w) 1 else 0

## 1. exponential growth and decay ---------------------------------------------------------------------
gd_parms <- c(birth_rate = 0.08, lifetime = 25, P0 = 100, depletion_rate = 0.15)
gd <- function(t, y, parms) with(as.list(c(y, parms)), {
  births <- Population * birth_rate
  deaths <- Population / lifetime
  depletion <- Inventory * depletion_rate
  net_growth_rate <- (births - deaths) / Population
  list(c(births - deaths, -depletion), Population = Population, Inventory = Inventory, births = births,
       deaths = deaths, depletion = depletion, net_growth_rate = net_growth_rate)
})
gd_y0 <- c(Population = 100, Inventory = 500)
gd_out <- c("Population", "Inventory", "births", "deaths", "depletion", "net_growth_rate")
for (m in c("euler", "rk4")) {
  write_ref(solve_model(gd, gd_y0, gd_parms, seq(0, 20, by = 0.25), m, gd_out), sprintf("growth-decay-%s.csv", m))
}

## 2. Bass diffusion with a linear and a step lookup ---------------------------------------------------
sat_x <- c(0, 0.25, 0.5, 0.75, 1); sat_y <- c(1, 0.95, 0.8, 0.5, 0)
pol_x <- c(0, 5, 10); pol_y <- c(1, 1.2, 1.5)
bass_parms <- c(market_size = 1000, p = 0.03, q = 0.4)
bass <- function(t, y, parms) with(as.list(c(y, parms)), {
  share <- Adopters / market_size
  contact_effect <- approx(sat_x, sat_y, share, rule = 2)$y
  policy <- approx(pol_x, pol_y, t, method = "constant", f = 0, rule = 2)$y
  adoption <- (p * policy + q * share) * Potential * contact_effect
  list(c(-adoption, adoption), Potential = Potential, Adopters = Adopters, adoption = adoption, share = share,
       contact_effect = contact_effect, policy = policy)
})
bass_y0 <- c(Potential = 1000, Adopters = 0)
bass_out <- c("Potential", "Adopters", "adoption", "share", "contact_effect", "policy")
bass_times <- seq(0, 15, by = 0.125)
for (m in c("euler", "rk4")) {
  write_ref(solve_model(bass, bass_y0, bass_parms, bass_times, m, bass_out), sprintf("bass-lookup-%s.csv", m))
}
# the sweep q = 0.3:0.5:0.1 (RK4), values from + i * step as the engine computes them
for (i in 0:2) {
  q <- 0.3 + i * 0.1
  parms <- bass_parms; parms["q"] <- q
  write_ref(solve_model(bass, bass_y0, parms, bass_times, "rk4", bass_out), sprintf("bass-lookup-rk4-q%d.csv", i))
}

## 3. DELAY3, SMOOTH, DELAY1 (initial output 80), SMOOTH3 with STEP, RAMP, PULSE inputs ------------------
dl_parms <- c(base_orders = 100, step_height = 50, step_time = 6, ship_delay = 6, perception_time = 3,
              ramp_slope = 2, pulse_start = 20, pulse_width = 2, pulse_size = 30)
dl <- function(t, y, parms) with(as.list(c(y, parms)), {
  orders <- base_orders + step(t, step_height, step_time) + ramp(t, ramp_slope, 12, 24) +
    pulse_size * pulse(t, pulse_start, pulse_width)
  stage <- ship_delay / 3
  o1 <- S1 / stage; o2 <- S2 / stage; shipments <- S3 / stage
  perceived_orders <- PO
  delivered1 <- D1 / ship_delay
  pstage <- perception_time / 3
  perceived3 <- P3
  order_inflow <- orders
  shipping <- shipments
  coverage <- min(Backlog / max(shipments, 1), 50)
  gap <- abs(perceived_orders - perceived3)
  list(c(order_inflow - shipping, shipping, orders - o1, o1 - o2, o2 - shipments, (orders - PO) / perception_time,
         orders - D1 / ship_delay, (orders - P1) / pstage, (P1 - P2) / pstage, (P2 - P3) / pstage),
       Backlog = Backlog, Shipped = Shipped, order_inflow = order_inflow, shipping = shipping, orders = orders,
       coverage = coverage, gap = gap, shipments = shipments, perceived_orders = perceived_orders,
       delivered1 = delivered1, perceived3 = perceived3)
})
# initial outputs: the input at t = 0 (orders = 100), DELAY1 given 80; levels = output x stage time
dl_y0 <- c(Backlog = 600, Shipped = 0, S1 = 100 * (6 / 3), S2 = 100 * (6 / 3), S3 = 100 * (6 / 3), PO = 100,
           D1 = 80 * 6, P1 = 100, P2 = 100, P3 = 100)
dl_out <- c("Backlog", "Shipped", "order_inflow", "shipping", "orders", "coverage", "gap", "shipments",
            "perceived_orders", "delivered1", "perceived3")
for (m in c("euler", "rk4")) {
  write_ref(solve_model(dl, dl_y0, dl_parms, seq(0, 36, by = 0.25), m, dl_out), sprintf("delays-%s.csv", m))
}

## 4. paper A-like synergy model (ILLUSTRATIVE parameters) ----------------------------------------------
syn_x <- c(0, 0.2, 0.4, 0.6, 0.8, 1); syn_y <- c(0, 0.1, 0.35, 0.7, 0.9, 1)
syn_parms <- c(G0 = 120, U0 = 60, E0 = 200, K0 = 50, G_ref = 120, U_ref = 60, E_ref = 200, gov_base = 30,
               uni_base = 12, policy_support = 0.2, policy_year = 2020, capital_life = 8, knowledge_life = 12,
               creation_scale = 10, alpha = 0.3, beta = 0.3, gamma = 0.4, synergy_strength = 0.5,
               revenue_per_knowledge = 2.5, reinvest_rate = 0.3, transfer_delay = 3, perception_time = 2, K_ref = 50)
syn <- function(t, y, parms) with(as.list(c(y, parms)), {
  g <- Government_investment / G_ref
  u <- University_investment / U_ref
  e <- Enterprise_investment / E_ref
  balance <- min(g, u, e) / max(g, u, e)
  synergy_effect <- 1 + synergy_strength * approx(syn_x, syn_y, balance, rule = 2)$y
  perceived_knowledge <- PK
  revenue <- revenue_per_knowledge * perceived_knowledge
  nqp_index <- log(1 + Knowledge / K_ref) * sqrt(g * e) * exp(-0.1 * (1 - balance))
  gov_investing <- gov_base * (1 + policy_support * step(t, 1, policy_year))
  gov_depreciation <- Government_investment / capital_life
  uni_investing <- if (t >= policy_year) uni_base * (1 + policy_support) else uni_base
  uni_depreciation <- University_investment / capital_life
  ent_investing <- reinvest_rate * revenue
  ent_depreciation <- Enterprise_investment / capital_life
  knowledge_creation <- creation_scale * g^alpha * u^beta * e^gamma * synergy_effect
  obsolescence <- Knowledge / knowledge_life
  stage <- transfer_delay / 3
  c1 <- C1 / stage; c2 <- C2 / stage; commercialised <- C3 / stage
  list(c(gov_investing - gov_depreciation, uni_investing - uni_depreciation, ent_investing - ent_depreciation,
         knowledge_creation - obsolescence, knowledge_creation - c1, c1 - c2, c2 - commercialised,
         (Knowledge - PK) / perception_time),
       Government_investment = Government_investment, University_investment = University_investment,
       Enterprise_investment = Enterprise_investment, Knowledge = Knowledge, gov_investing = gov_investing,
       gov_depreciation = gov_depreciation, uni_investing = uni_investing, uni_depreciation = uni_depreciation,
       ent_investing = ent_investing, ent_depreciation = ent_depreciation, knowledge_creation = knowledge_creation,
       obsolescence = obsolescence, g = g, u = u, e = e, balance = balance, synergy_effect = synergy_effect,
       revenue = revenue, nqp_index = nqp_index, commercialised = commercialised,
       perceived_knowledge = perceived_knowledge)
})
syn_y0 <- function(parms) {
  # the delay's initial output is its input (knowledge_creation) at the start: g = u = e = 1 when the stocks
  # start at their reference values, so balance = 1 and synergy_effect = 1 + synergy_strength * 1
  kc0 <- syn(2015, c(Government_investment = parms[["G0"]], University_investment = parms[["U0"]],
                     Enterprise_investment = parms[["E0"]], Knowledge = parms[["K0"]], C1 = 0, C2 = 0, C3 = 0,
                     PK = parms[["K0"]]), parms)$knowledge_creation
  stage <- parms[["transfer_delay"]] / 3
  c(Government_investment = parms[["G0"]], University_investment = parms[["U0"]],
    Enterprise_investment = parms[["E0"]], Knowledge = parms[["K0"]], C1 = kc0 * stage, C2 = kc0 * stage,
    C3 = kc0 * stage, PK = parms[["K0"]])
}
syn_out <- c("Government_investment", "University_investment", "Enterprise_investment", "Knowledge",
             "gov_investing", "gov_depreciation", "uni_investing", "uni_depreciation", "ent_investing",
             "ent_depreciation", "knowledge_creation", "obsolescence", "g", "u", "e", "balance", "synergy_effect",
             "revenue", "nqp_index", "commercialised", "perceived_knowledge")
syn_times <- seq(2015, 2035, by = 0.25)
scenarios <- list(base = c(), no_synergy = c(synergy_strength = 0), strong_policy = c(policy_support = 0.5))
for (m in c("euler", "rk4")) {
  for (s in names(scenarios)) {
    parms <- syn_parms
    parms[names(scenarios[[s]])] <- scenarios[[s]]
    df <- solve_model(syn, syn_y0(parms), parms, syn_times, m, syn_out)
    write_ref(df, if (s == "base") sprintf("synergy-%s.csv", m) else sprintf("synergy-%s-%s.csv", m, s))
    if (m == "rk4" && s == "base") base_rk4 <- df
  }
}

# ILLUSTRATIVE observed knowledge stock (not real data): the base RK4 run at the whole years 2015-2024,
# times 1 + 0.04 * sin(year), rounded to 2 decimals
years <- 2015:2024
sim_k <- base_rk4$Knowledge[match(years, base_rk4$time)]
observed <- data.frame(year = years, knowledge_observed = round(sim_k * (1 + 0.04 * sin(years)), 2))
write.csv(observed, "../cases/synergy/observed.csv", row.names = FALSE, quote = FALSE)

# fit of the base RK4 run (Sterman 1984: MSE decomposition with divisor n; Theil's U1)
s <- sim_k; a <- observed$knowledge_observed; n <- length(a)
mse <- mean((s - a)^2)
sd_n <- function(x) sqrt(mean((x - mean(x))^2))
r <- mean((s - mean(s)) * (a - mean(a))) / (sd_n(s) * sd_n(a))
fit <- data.frame(n = n, rmse = sqrt(mse), mape = 100 * mean(abs(s - a) / abs(a)),
                  theil_u1 = sqrt(mse) / (sqrt(mean(s^2)) + sqrt(mean(a^2))),
                  um = (mean(s) - mean(a))^2 / mse, us = (sd_n(s) - sd_n(a))^2 / mse,
                  uc = 2 * (1 - r) * sd_n(s) * sd_n(a) / mse, r = r)
# cross-check: r equals cor(), the three proportions sum to 1
stopifnot(abs(r - cor(s, a)) < 1e-12, abs(fit$um + fit$us + fit$uc - 1) < 1e-12)
write_ref(fit, "synergy-fit.csv")

writeLines(c(paste("R", paste(R.version$major, R.version$minor, sep = ".")),
             paste("deSolve", as.character(packageVersion("deSolve")))), "versions.txt")
