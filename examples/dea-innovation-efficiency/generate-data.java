/*
 * ILLUSTRATIVE DATA GENERATOR for the Synergos example study "dea-innovation-efficiency" (paper C:
 * Shangguan, You & Mao (2025), "Research on the Path of Improving Innovation Efficiency of High-Tech
 * Enterprises from the Perspective of New Productivity", which cites DEA for innovation efficiency).
 *
 * The output is SYNTHESIZED, NOT any region's statistics: 15 made-up regions R01 … R15 over three years,
 * high-tech enterprises' R&D inputs and innovation outputs. Run without a build (JDK 17+, single-file
 * source launcher):
 *
 *     java examples/dea-innovation-efficiency/generate-data.java --seed 20250315 > examples/dea-innovation-efficiency/data.csv
 *
 * The output depends only on --seed (java.util.SplittableRandom, StrictMath Box-Muller normals,
 * Locale-independent formatting, "\n" line ends).
 *
 * Model (a stochastic frontier made up to look plausible, not estimated from anything):
 *   size_r        ~ lognormal(0, 0.6)                               region scale
 *   rd_staff      = 40 · size_r · exp(0.05·t + N(0, 0.08))          thousand full-time-equivalent staff
 *   rd_spending   = 0.45 · rd_staff · exp(N(0, 0.15) + 0.04·t)      billion yuan
 *   frontier_t    = exp(0.06·t) · rd_staff^0.45 · rd_spending^0.50  technical progress 6% a year
 *   u_rt          = |N(0, 0.25)|, persistent: 0.7·u_r,t-1 + 0.3·new  inefficiency (exp(-u) ≤ 1)
 *   patents       = 0.9 · frontier_t · exp(-u_rt + N(0, 0.05))      thousand invention patents granted
 *   new_product_revenue = 38 · frontier_t^1.05 · exp(-u_rt·0.8 + N(0, 0.08))   billion yuan
 * with t = 0, 1, 2 for 2021, 2022, 2023.
 */
import java.util.Locale;
import java.util.SplittableRandom;

public class GenerateData {

    static final int REGIONS = 15;
    static final int[] YEARS = { 2021, 2022, 2023 };

    public static void main(String[] args) {
        long seed = 20250315L;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed")) {
                seed = Long.parseLong(args[++i]);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder("region,year,rd_staff,rd_spending,patents,new_product_revenue\n");
        double[] size = new double[REGIONS];
        double[] u = new double[REGIONS];
        for (int r = 0; r < REGIONS; r++) {
            size[r] = StrictMath.exp(0.6 * normal(random));
            u[r] = Math.abs(0.25 * normal(random));
        }
        for (int t = 0; t < YEARS.length; t++) {
            for (int r = 0; r < REGIONS; r++) {
                if (t > 0) {
                    u[r] = 0.7 * u[r] + 0.3 * Math.abs(0.25 * normal(random));
                }
                double staff = 40 * size[r] * StrictMath.exp(0.05 * t + 0.08 * normal(random));
                double spending = 0.45 * staff * StrictMath.exp(0.15 * normal(random) + 0.04 * t);
                double frontier = StrictMath.exp(0.06 * t) * StrictMath.pow(staff, 0.45) * StrictMath.pow(spending, 0.50);
                double patents = 0.9 * frontier * StrictMath.exp(-u[r] + 0.05 * normal(random));
                double revenue = 38 * StrictMath.pow(frontier, 1.05) * StrictMath.exp(-0.8 * u[r] + 0.08 * normal(random));
                out.append(String.format(Locale.ROOT, "R%02d,%d,%.2f,%.2f,%.3f,%.1f%n", r + 1, YEARS[t], staff, spending,
                        patents, revenue).replace(System.lineSeparator(), "\n"));
            }
        }
        System.out.print(out);
    }

    /** Standard normal by Box–Muller (StrictMath, so every JVM gives the same numbers). */
    static double normal(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }
}
