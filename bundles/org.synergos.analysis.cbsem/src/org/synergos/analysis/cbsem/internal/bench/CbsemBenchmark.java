package org.synergos.analysis.cbsem.internal.bench;

import java.nio.file.Path;

import org.synergos.analysis.cbsem.core.DataSet;
import org.synergos.analysis.cbsem.core.ModelSpecification;
import org.synergos.analysis.cbsem.core.Sem;
import org.synergos.analysis.cbsem.core.SemOptions;
import org.synergos.analysis.cbsem.core.SemResult;

/**
 * Wall-time benchmark on the lavaan tutorial model (PoliticalDemocracy): one ML fit cold (first in
 * the JVM), warm fits (median, mean and minimum of 200 timed fits after 500 warm-up fits; a single
 * warm fit is at the mercy of other processes on a busy machine), and 1,000 bootstrap refits. Usage:
 * {@code java -cp ... org.synergos.analysis.cbsem.internal.bench.CbsemBenchmark <PoliticalDemocracy.csv> [threads] [boot]}
 * ({@code boot}: skip the warm-up, i.e. one cold fit then the 1,000 bootstrap refits, for {@code time java}).
 */
public final class CbsemBenchmark {

    private CbsemBenchmark() {
    }

    public static void main(String[] args) {
        long jvmStart = System.nanoTime();
        Path csv = Path.of(args.length > 0 ? args[0] : "bundles/org.synergos.testing/reference/data/PoliticalDemocracy.csv");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        ModelSpecification model = ModelSpecification.builder()
                .latent("ind60", "x1", "x2", "x3")
                .latent("dem60", "y1", "y2", "y3", "y4")
                .latent("dem65", "y5", "y6", "y7", "y8")
                .regression("dem60", "ind60")
                .regression("dem65", "ind60", "dem60")
                .covariance("y1", "y5")
                .covariance("y2", "y4", "y6")
                .covariance("y3", "y7")
                .covariance("y4", "y8")
                .covariance("y6", "y8")
                .build();
        DataSet data = DataSet.readCsv(csv);
        long t0 = System.nanoTime();
        SemResult cold = Sem.fit(model, data, SemOptions.defaults());
        long t1 = System.nanoTime();
        boolean bootOnly = args.length > 2 && args[2].equals("boot");
        for (int i = 0; i < (bootOnly ? 0 : 500); i++) {
            Sem.fit(model, data, SemOptions.defaults());
        }
        long t2 = System.nanoTime();
        long[] warm = new long[bootOnly ? 1 : 200];
        for (int i = 0; i < warm.length; i++) {
            long a = System.nanoTime();
            Sem.fit(model, data, SemOptions.defaults());
            warm[i] = System.nanoTime() - a;
        }
        long t3 = System.nanoTime();
        SemResult boot = Sem.fit(model, data, SemOptions.builder().bootstrap(1000, 4321L).threads(threads).build());
        long t4 = System.nanoTime();
        System.out.printf("cold ML fit (incl. SEs, fit measures): %.1f ms (chisq %.4f)%n", (t1 - t0) / 1e6,
                cold.fitMeasures().chisq());
        java.util.Arrays.sort(warm);
        System.out.printf("warm ML fit (incl. SEs, fit measures): median %.2f ms, mean %.2f ms, min %.2f ms of %d"
                + " (warm-up: %.2f ms per fit)%n", warm[warm.length / 2] / 1e6, (t3 - t2) / 1e6 / warm.length,
                warm[0] / 1e6, warm.length, bootOnly ? 0.0 : (t2 - t1) / 500e6);
        System.out.printf("1000 bootstrap refits (%d threads): %.1f ms, %d ok%n", threads, (t4 - t3) / 1e6,
                boot.bootstrapDraws());
        System.out.printf("total since main(): %.1f ms%n", (System.nanoTime() - jvmStart) / 1e6);
    }
}
