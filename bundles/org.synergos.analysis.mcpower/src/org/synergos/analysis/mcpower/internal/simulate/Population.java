package org.synergos.analysis.mcpower.internal.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A standardized population structural equation model and the covariance (correlation) matrix of its
 * indicators: constructs with unit variance, indicators x = λ·η + ε with unit variance (θ = 1 − λ²),
 * recursive structural paths η_j = Σ β_ji η_i + ζ_j with uncorrelated disturbances whose variances
 * 1 − R²_j make every construct's variance 1, and correlations among the exogenous constructs.
 * Σ = Λ Φ Λ' + Θ (Bollen 1989, ch. 8: the LISREL covariance equations, standardized). Immutable.
 */
public final class Population {

    private final List<String> constructs;
    private final List<String> indicators;
    private final double[][] phi;
    private final double[][] sigma;
    private final double[][] cholesky;
    private final Map<String, Map<String, Double>> beta;

    private Population(List<String> constructs, List<String> indicators, double[][] phi, double[][] sigma,
            double[][] cholesky, Map<String, Map<String, Double>> beta) {
        this.constructs = List.copyOf(constructs);
        this.indicators = List.copyOf(indicators);
        this.phi = phi;
        this.sigma = sigma;
        this.cholesky = cholesky;
        this.beta = beta;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Indicator names, the order of {@link #sigma()}. */
    public List<String> indicators() {
        return indicators;
    }

    public List<String> constructs() {
        return constructs;
    }

    /** The indicators' population covariance (= correlation) matrix. */
    public double[][] sigma() {
        return copy(sigma);
    }

    /** Lower-triangular L with L·L' = Σ. */
    double[][] cholesky() {
        return cholesky;
    }

    /** The constructs' correlation matrix, in {@link #constructs()} order. */
    public double[][] constructCorrelations() {
        return copy(phi);
    }

    /** Standardized path coefficient source → target (0 when there is no path). */
    public double beta(String source, String target) {
        return beta.getOrDefault(target, Map.of()).getOrDefault(source, 0.0);
    }

    /** The product of the standardized paths along a chain A → M … → B. */
    public double indirect(List<String> chain) {
        double product = 1;
        for (int i = 0; i + 1 < chain.size(); i++) {
            product *= beta(chain.get(i), chain.get(i + 1));
        }
        return product;
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    /** Collects the standardized parameters; {@link #build()} computes Σ or refuses a population that is not one. */
    public static final class Builder {
        private final Map<String, List<String>> blocks = new LinkedHashMap<>();
        private final Map<String, Double> loadings = new HashMap<>();
        private final Map<String, Map<String, Double>> paths = new LinkedHashMap<>();
        private final Map<String, Double> exogenousCorrelations = new HashMap<>();

        private Builder() {
        }

        public Builder construct(String name) {
            blocks.computeIfAbsent(name, k -> new ArrayList<>());
            return this;
        }

        /** A standardized loading of an indicator on its construct (|λ| ≤ 1). */
        public Builder loading(String construct, String indicator, double lambda) {
            construct(construct).blocks.get(construct).add(indicator);
            loadings.put(indicator, lambda);
            return this;
        }

        /** A standardized path coefficient source → target. */
        public Builder path(String source, String target, double beta) {
            construct(source).construct(target);
            paths.computeIfAbsent(target, k -> new LinkedHashMap<>()).put(source, beta);
            return this;
        }

        /** The correlation of two exogenous constructs (0 unless stated). */
        public Builder correlation(String a, String b, double r) {
            exogenousCorrelations.put(key(a, b), r);
            return this;
        }

        private static String key(String a, String b) {
            return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
        }

        /**
         * @throws PopulationException when a loading exceeds 1 in absolute value, the paths into a construct
         *         explain all of its variance or more (R² ≥ 1), correlations of exogenous constructs are stated
         *         for an endogenous one, the structural model has a cycle, or Σ is not positive definite
         */
        public Population build() {
            List<String> order = causalOrder();
            int k = order.size();
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < k; i++) {
                at.put(order.get(i), i);
            }
            for (String pair : exogenousCorrelations.keySet()) {
                for (String c : pair.split("\u0000")) {
                    if (!at.containsKey(c)) {
                        throw new PopulationException("a correlation is given for construct '" + c
                                + "', which is not in the model");
                    }
                    if (paths.containsKey(c)) {
                        throw new PopulationException("a correlation is given for construct '" + c + "', which is"
                                + " endogenous: its correlations follow from the paths into it");
                    }
                }
            }
            double[][] phi = new double[k][k];
            for (int j = 0; j < k; j++) {
                String name = order.get(j);
                phi[j][j] = 1;
                Map<String, Double> into = paths.get(name);
                if (into == null) {
                    for (int i = 0; i < j; i++) {
                        double r = exogenousCorrelations.getOrDefault(key(order.get(i), name), 0.0);
                        if (!(Math.abs(r) < 1)) {
                            throw new PopulationException("the correlation of constructs '" + order.get(i) + "' and '"
                                    + name + "' is " + r + ": expected a value strictly between −1 and 1");
                        }
                        phi[i][j] = r;
                        phi[j][i] = r;
                    }
                    continue;
                }
                // cov(η_j, η_m) = Σ_i β_ji cov(η_i, η_m) for every construct m earlier in the causal order
                for (int m = 0; m < j; m++) {
                    double c = 0;
                    for (Map.Entry<String, Double> e : into.entrySet()) {
                        c += e.getValue() * phi[at.get(e.getKey())][m];
                    }
                    phi[j][m] = c;
                    phi[m][j] = c;
                }
                double r2 = 0;
                for (Map.Entry<String, Double> e : into.entrySet()) {
                    r2 += e.getValue() * phi[j][at.get(e.getKey())];
                }
                if (!(r2 < 1)) {
                    throw new PopulationException(String.format(Locale.ROOT, "the population is not positive "
                            + "definite: the paths into construct '%s' explain R² = %.4f of its variance (a "
                            + "standardized model needs R² < 1, i.e. a disturbance variance 1 − R² > 0)", name, r2));
                }
            }
            List<String> names = new ArrayList<>();
            List<Integer> ownerIndex = new ArrayList<>();
            List<Double> lambda = new ArrayList<>();
            for (String construct : order) {
                for (String indicator : blocks.get(construct)) {
                    double l = loadings.get(indicator);
                    if (!(Math.abs(l) <= 1)) {
                        throw new PopulationException("the standardized loading of indicator '" + indicator + "' is "
                                + l + ": the population is not positive definite (|λ| must be at most 1, "
                                + "θ = 1 − λ² ≥ 0)");
                    }
                    names.add(indicator);
                    ownerIndex.add(at.get(construct));
                    lambda.add(l);
                }
            }
            int p = names.size();
            if (p == 0) {
                throw new PopulationException("the population has no indicators");
            }
            double[][] sigma = new double[p][p];
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    sigma[a][b] = a == b ? 1 : lambda.get(a) * lambda.get(b) * phi[ownerIndex.get(a)][ownerIndex.get(b)];
                }
            }
            double[][] chol = cholesky(sigma, names);
            Map<String, Map<String, Double>> beta = new HashMap<>();
            paths.forEach((t, m) -> beta.put(t, Map.copyOf(m)));
            return new Population(order, names, phi, sigma, chol, Map.copyOf(beta));
        }

        /** Constructs so that every path runs from an earlier to a later one (Kahn), exogenous first; a cycle is refused. */
        private List<String> causalOrder() {
            List<String> order = new ArrayList<>();
            Map<String, Integer> indegree = new LinkedHashMap<>();
            blocks.keySet().forEach(c -> indegree.put(c, paths.getOrDefault(c, Map.of()).size()));
            while (order.size() < blocks.size()) {
                String next = null;
                for (Map.Entry<String, Integer> e : indegree.entrySet()) {
                    if (e.getValue() == 0 && !order.contains(e.getKey())) {
                        next = e.getKey();
                        break;
                    }
                }
                if (next == null) {
                    List<String> left = new ArrayList<>(blocks.keySet());
                    left.removeAll(order);
                    throw new PopulationException("the structural model has a cycle among constructs " + left
                            + ": the Monte Carlo population needs a recursive model");
                }
                order.add(next);
                for (Map.Entry<String, Map<String, Double>> e : paths.entrySet()) {
                    if (e.getValue().containsKey(next)) {
                        indegree.merge(e.getKey(), -1, Integer::sum);
                    }
                }
            }
            // exogenous constructs first: an endogenous one's covariances are then formed after all of theirs
            List<String> exogenousFirst = new ArrayList<>(order.stream().filter(c -> !paths.containsKey(c)).toList());
            order.stream().filter(paths::containsKey).forEach(exogenousFirst::add);
            return exogenousFirst;
        }
    }

    /** Cholesky factor; a pivot ≤ 1e-10 means Σ is not positive definite. */
    static double[][] cholesky(double[][] a, List<String> names) {
        int p = a.length;
        double[][] l = new double[p][p];
        for (int j = 0; j < p; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 1e-10)) {
                throw new PopulationException("the population covariance matrix of the indicators is not positive "
                        + "definite (at indicator '" + names.get(j) + "'): a loading of ±1 leaves no measurement error, "
                        + "or the construct correlations are inconsistent");
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < p; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return l;
    }
}
