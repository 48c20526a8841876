/*
 * SIMULATED DATA GENERATOR for the Synergos example study "iur-performance" (paper A: Liang & Liang,
 * "Research on Collaborative Innovation to Boost the Development of New Quality Productivity under the
 * Background of Big Data", Fig. 2 and Table 3).
 *
 * The output is SIMULATED questionnaire data, NOT the paper's data (the paper's 362 questionnaires are
 * not published). Run without a build (JDK 17+ only, single-file source launcher):
 *
 *     java examples/iur-performance/generate-data.java --seed 20230362 --n 362 > examples/iur-performance/data.csv
 *
 * The output depends only on --seed and --n (java.util.SplittableRandom, StrictMath Box-Muller normals,
 * Locale-independent formatting, "\n" line ends).
 *
 * Why the population model differs from Table 3 taken literally: Table 3 reports standardized effects
 * 0.45 (R&D input), 0.60 (knowledge output), 0.50 (technology transfer) and 0.55 (market performance) on
 * overall collaborative-innovation performance. As simultaneous partial effects of positively correlated
 * predictors they cannot all hold (R² = Σ β_i r_iy would exceed 1). We read them as the standardized
 * effect of each index on its own, i.e. the latent correlation of each dimension with overall performance,
 * and choose a coherent joint model:
 *   RDI, KNO, TTR, MKP: standardized, pairwise correlation RHO = 0.30 (one common factor)
 *   CIPF = Σ BETA_i · X_i + sqrt(1 - R²) · e   with BETA = (0.169, 0.383, 0.241, 0.312)
 * which implies corr(X_i, CIPF) = (1 - RHO)·BETA_i + RHO·Σ BETA = 0.45, 0.60, 0.50, 0.55 (Table 3's
 * values and ordering) and R² ≈ 0.60. Indicators: item = loading·latent + sqrt(1 - loading²)·e with
 * loadings 0.72 .. 0.88; 5-point Likert responses = clamp(round(MEAN + SHIFT + SCALE·item), 1, 5).
 */
import java.util.Locale;
import java.util.SplittableRandom;

public class GenerateData {

    static final double RHO = 0.30;
    /** Joint (partial) standardized effects on overall performance: RDI, KNO, TTR, MKP. */
    static final double[] BETA = {0.169, 0.383, 0.241, 0.312};

    /** Construct codes in column order: 4 dimensions, then overall performance. */
    static final String[] CODES = {"RDI", "KNO", "TTR", "MKP", "CIPF"};
    static final double[][] LOADINGS = {
        {0.78, 0.84, 0.80},        // RDI1..RDI3   R&D input
        {0.82, 0.86, 0.79, 0.75},  // KNO1..KNO4   knowledge output
        {0.80, 0.85, 0.72},        // TTR1..TTR3   technology transfer
        {0.77, 0.83, 0.88, 0.80},  // MKP1..MKP4   market performance
        {0.84, 0.88, 0.81, 0.86},  // CIPF1..CIPF4 overall collaborative-innovation performance
    };
    static final double[] MEAN = {3.45, 3.60, 3.35, 3.55, 3.65};
    static final double[][] SHIFT = {
        {0.05, -0.10, 0.05},
        {0.10, -0.05, 0.05, -0.10},
        {-0.05, 0.10, -0.05},
        {0.00, 0.10, -0.05, -0.05},
        {0.05, -0.05, 0.10, -0.10},
    };
    static final double SCALE = 0.85;

    public static void main(String[] args) {
        long seed = 20230362L;
        int n = 362;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--n" -> n = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: java generate-data.java [--seed S] [--n N] > data.csv");
                    System.exit(2);
                }
            }
        }
        double r2 = 0;
        for (int i = 0; i < BETA.length; i++) {
            for (int j = 0; j < BETA.length; j++) {
                r2 += BETA[i] * BETA[j] * (i == j ? 1.0 : RHO);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder("case_id");
        for (int c = 0; c < CODES.length; c++) {
            for (int i = 1; i <= LOADINGS[c].length; i++) {
                out.append(',').append(CODES[c]).append(i);
            }
        }
        out.append('\n');
        for (int row = 1; row <= n; row++) {
            double common = normal(random);
            double[] latent = new double[CODES.length];
            double outcome = 0;
            for (int d = 0; d < BETA.length; d++) {
                latent[d] = Math.sqrt(RHO) * common + Math.sqrt(1 - RHO) * normal(random);
                outcome += BETA[d] * latent[d];
            }
            latent[BETA.length] = outcome + Math.sqrt(1 - r2) * normal(random);
            out.append(String.format(Locale.ROOT, "SIMULATED-%04d", row));
            for (int c = 0; c < CODES.length; c++) {
                for (int i = 0; i < LOADINGS[c].length; i++) {
                    double loading = LOADINGS[c][i];
                    double item = loading * latent[c] + Math.sqrt(1 - loading * loading) * normal(random);
                    long likert = Math.round(MEAN[c] + SHIFT[c][i] + SCALE * item);
                    out.append(',').append(Math.max(1, Math.min(5, likert)));
                }
            }
            out.append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }

    /** Standard normal deviate (Box-Muller, one value per call), reproducible on every JVM. */
    static double normal(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();  // (0, 1]
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }
}
