/*
 * SIMULATED DATA GENERATOR for the Synergos example study "nqpf-smes" (paper E: Gao, Yu, Liu & Xiao
 * 2025, "How New Quality Productive Forces Drive SMEs' Collaborative Innovation Performance in China?").
 *
 * The output is SIMULATED survey data, NOT the paper's data (the paper's raw data are not published).
 * It is generated from a population structural model chosen so that a PLS-SEM estimate on the
 * simulated sample lands near the paper's reported results (H1 .317, H2 .437, H3 .616; R² DT .19,
 * CIP .65) and the construct descriptives near the paper's (NQPF 4.271/0.693, DT 4.527/0.714,
 * CIP 4.437/0.762).
 *
 * Run without a build (JDK 17+ only, single-file source launcher):
 *
 *     java examples/nqpf-smes/generate-data.java --seed 20250314 --n 314 > examples/nqpf-smes/data.csv
 *
 * The output depends only on --seed and --n (java.util.SplittableRandom, own Box-Muller normals,
 * Locale-independent formatting, "\n" line ends), so the command above reproduces data.csv byte for byte.
 *
 * Model (all latent scores standardized, mean 0, variance 1):
 *   NQPF = z
 *   DT   = A * NQPF + sqrt(1 - A²) * e_DT
 *   CIP  = C * NQPF + B * DT + sqrt(1 - R²_CIP) * e_CIP      (R²_CIP = C² + B² + 2·A·B·C)
 *   item = loading * latent + sqrt(1 - loading²) * e_item    (loadings 0.74 .. 0.88)
 *   Likert response = clamp(round(MEAN + SHIFT + SCALE * item), 1, 7), i.e. thresholds at
 *                     MEAN + SHIFT + SCALE * t = k + 0.5 for k = 1..6
 * The population paths A, B, C are larger than the paper's estimates because composite scores of
 * 7-point items measure the latent variables with error (reliability about .88 - .94), which
 * attenuates PLS path estimates; the values below were tuned on large simulated samples so that the
 * PLS estimates come out near .437 (H2), .317 (H1) and .616 (H3).
 */
import java.util.Locale;
import java.util.SplittableRandom;

public class GenerateData {

    /** Population standardized paths: H2 NQPF -> DT, H1 NQPF -> CIP, H3 DT -> CIP. */
    static final double A = 0.475;
    static final double C = 0.312;
    static final double B = 0.705;

    static final double[][] LOADINGS = {
        {0.80, 0.84, 0.78, 0.86, 0.82, 0.76, 0.88, 0.81, 0.79},  // NQPF: NQ1..NQ9
        {0.83, 0.86, 0.80, 0.88, 0.82},                            // DT:   DT1..DT5
        {0.85, 0.88, 0.82, 0.86},                                  // CIP:  CIP1..CIP4
    };
    /** Location and spread of the continuous response before rounding to 1..7. */
    static final double[] MEAN = {4.27, 4.53, 4.44};
    static final double[] SCALE = {0.815, 0.804, 0.838};
    /** Item-specific shifts of the response location (they sum to zero within each construct). */
    static final double[][] SHIFT = {
        {0.10, -0.05, 0.15, -0.10, 0.00, -0.15, 0.05, 0.10, -0.10},
        {0.10, -0.10, 0.05, 0.00, -0.05},
        {-0.05, 0.10, 0.05, -0.10},
    };

    public static void main(String[] args) {
        long seed = 20250314L;
        int n = 314;
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
        SplittableRandom random = new SplittableRandom(seed);
        double r2Cip = C * C + B * B + 2 * A * B * C;
        StringBuilder out = new StringBuilder();
        out.append("case_id");
        String[] prefixes = {"NQ", "DT", "CIP"};
        for (int c = 0; c < LOADINGS.length; c++) {
            for (int i = 1; i <= LOADINGS[c].length; i++) {
                out.append(',').append(prefixes[c]).append(i);
            }
        }
        out.append('\n');
        for (int row = 1; row <= n; row++) {
            double nqpf = normal(random);
            double dt = A * nqpf + Math.sqrt(1 - A * A) * normal(random);
            double cip = C * nqpf + B * dt + Math.sqrt(1 - r2Cip) * normal(random);
            double[] latent = {nqpf, dt, cip};
            out.append(String.format(Locale.ROOT, "SIMULATED-%04d", row));
            for (int c = 0; c < LOADINGS.length; c++) {
                for (int i = 0; i < LOADINGS[c].length; i++) {
                    double loading = LOADINGS[c][i];
                    double item = loading * latent[c] + Math.sqrt(1 - loading * loading) * normal(random);
                    long likert = Math.round(MEAN[c] + SHIFT[c][i] + SCALE[c] * item);
                    out.append(',').append(Math.max(1, Math.min(7, likert)));
                }
            }
            out.append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }

    /** Standard normal deviate (Box-Muller, one value per call), independent of JDK internals. */
    static double normal(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();  // (0, 1]
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }
}
