package org.synergos.analysis.pls.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.synergos.analysis.pls.core.BootstrapResult;
import org.synergos.analysis.pls.core.Measurement;
import org.synergos.analysis.pls.core.PlsBootstrap;
import org.synergos.analysis.pls.core.PlsEstimator;
import org.synergos.analysis.pls.core.PlsModel;
import org.synergos.analysis.pls.core.PlsOptions;
import org.synergos.analysis.pls.core.PlsResult;
import org.synergos.analysis.pls.core.ProgressListener;

/**
 * Wall-clock benchmark (not a test): estimate + 5000 bootstrap draws for ECSI on mobi and for a simulated
 * n = 314 NQPF(9) → DT(5) → CIP(4) model, and one estimate on 100,000 × 50 simulated data.
 * Usage: {@code java -cp ... org.synergos.analysis.pls.internal.bench.PlsBenchmark [path/to/mobi.csv [ecsi-only]]}.
 */
public final class PlsBenchmark {

    private PlsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path mobi = Path.of(args.length > 0 ? args[0] : "bundles/org.synergos.testing/reference/data/mobi.csv");
        PlsOptions options = PlsOptions.defaults();
        System.out.println("threads: " + options.threads());
        List<String> lines = Files.readAllLines(mobi);
        List<String> cols = Arrays.asList(lines.get(0).split(","));
        double[][] data = lines.stream().skip(1).map(l -> Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble)
                .toArray()).toArray(double[][]::new);
        time("ECSI mobi (250 x 24): estimate + 5000 bootstrap", () -> bootstrap(data, cols, ecsi(), options));
        if (args.length > 1 && args[1].equals("ecsi-only")) {
            return;
        }
        time("ECSI mobi again (JIT warm)", () -> bootstrap(data, cols, ecsi(), options));
        time("ECSI mobi PLSc: estimate + 5000 bootstrap", () -> bootstrap(data, cols,
                ecsi().withMeasurement(Measurement.REFLECTIVE), options));
        Simulated nqpf = simulate(314, new int[] {9, 5, 4}, 1);
        PlsModel paperE = PlsModel.builder().construct("NQPF", Measurement.REFLECTIVE, nqpf.blocks.get(0))
                .construct("DT", Measurement.REFLECTIVE, nqpf.blocks.get(1))
                .construct("CIP", Measurement.REFLECTIVE, nqpf.blocks.get(2))
                .paths("NQPF", "DT", "CIP").path("DT", "CIP").build();
        time("simulated 314 x 18 NQPF->DT->CIP: estimate + 5000 bootstrap", () -> bootstrap(nqpf.data, nqpf.columns,
                paperE, options));
        Simulated big = simulate(100_000, new int[] {10, 10, 10, 10, 10}, 2);
        PlsModel.Builder b = PlsModel.builder();
        for (int j = 0; j < 5; j++) {
            b.construct("C" + j, Measurement.COMPOSITE_MODE_A, big.blocks.get(j));
        }
        PlsModel chain = b.paths("C0", "C1", "C2").paths("C1", "C2", "C3").paths("C2", "C4").paths("C3", "C4").build();
        time("simulated 100000 x 50: estimate", () -> {
            PlsResult r = PlsEstimator.estimate(big.data, big.columns, chain, options);
            return "iterations " + r.iterations();
        });
    }

    private static String bootstrap(double[][] data, List<String> cols, PlsModel model, PlsOptions options) {
        BootstrapResult r = PlsBootstrap.run(data, cols, model, options, ProgressListener.none(), () -> false);
        return r.toString();
    }

    private interface Job {
        String run();
    }

    private static void time(String what, Job job) {
        long t0 = System.nanoTime();
        String info = job.run();
        System.out.printf(Locale.ROOT, "%-62s %8.3f s  (%s)%n", what, (System.nanoTime() - t0) / 1e9, info);
    }

    static PlsModel ecsi() {
        return PlsModel.builder()
                .construct("Image", Measurement.COMPOSITE_MODE_A, "IMAG1", "IMAG2", "IMAG3", "IMAG4", "IMAG5")
                .construct("Expectation", Measurement.COMPOSITE_MODE_A, "CUEX1", "CUEX2", "CUEX3")
                .construct("Quality", Measurement.COMPOSITE_MODE_A, "PERQ1", "PERQ2", "PERQ3", "PERQ4", "PERQ5", "PERQ6",
                        "PERQ7")
                .construct("Value", Measurement.COMPOSITE_MODE_A, "PERV1", "PERV2")
                .construct("Satisfaction", Measurement.COMPOSITE_MODE_A, "CUSA1", "CUSA2", "CUSA3")
                .construct("Complaints", Measurement.COMPOSITE_MODE_A, "CUSCO")
                .construct("Loyalty", Measurement.COMPOSITE_MODE_A, "CUSL1", "CUSL2", "CUSL3")
                .paths("Image", "Expectation", "Satisfaction", "Loyalty")
                .paths("Expectation", "Quality", "Value", "Satisfaction").paths("Quality", "Value", "Satisfaction")
                .paths("Value", "Satisfaction").paths("Satisfaction", "Complaints", "Loyalty")
                .paths("Complaints", "Loyalty").build();
    }

    private record Simulated(double[][] data, List<String> columns, List<List<String>> blocks) {
    }

    /** Constructs in a chain (each = 0.6 × previous + noise), indicators with loadings 0.8, 7-point rounding off. */
    private static Simulated simulate(int n, int[] blockSizes, long seed) {
        Random rng = new Random(seed);
        List<String> columns = new ArrayList<>();
        List<List<String>> blocks = new ArrayList<>();
        for (int j = 0; j < blockSizes.length; j++) {
            List<String> block = new ArrayList<>();
            for (int a = 0; a < blockSizes[j]; a++) {
                block.add("c" + j + "_" + (a + 1));
            }
            blocks.add(block);
            columns.addAll(block);
        }
        double[][] data = new double[n][columns.size()];
        double[] factor = new double[blockSizes.length];
        for (int i = 0; i < n; i++) {
            int c = 0;
            for (int j = 0; j < blockSizes.length; j++) {
                factor[j] = j == 0 ? rng.nextGaussian() : 0.6 * factor[j - 1] + 0.8 * rng.nextGaussian();
                for (int a = 0; a < blockSizes[j]; a++) {
                    data[i][c++] = 4 + 0.8 * factor[j] + 0.6 * rng.nextGaussian();
                }
            }
        }
        return new Simulated(data, List.copyOf(columns), blocks);
    }
}
