package org.synergos.analysis.mcpower.internal.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.api.ResultTable;
import org.synergos.analysis.mcpower.internal.engine.MonteCarloPowerEngine;
import org.synergos.model.Framework;
import org.synergos.model.io.ModelStore;

/**
 * Timing of the engine (issue 17: 1,000 replications of the nqpf-smes model in under a second, warm): loads a
 * model, runs {@code monte-carlo-power} with the parameters of the model's analysis of that engine, overridden by
 * the command line's KEY=VALUE arguments, once cold, then {@code warm} timed runs after
 * as many warm-up runs, and prints the power table and the median / minimum wall time. No data are read.
 *
 * <pre>java -cp … org.synergos.analysis.mcpower.internal.bench.McPowerBenchmark examples/nqpf-smes-power/model.synergos 5 threads=2</pre>
 */
public final class McPowerBenchmark {

    private McPowerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Framework framework = ModelStore.load(Path.of(args[0]));
        int warm = Integer.parseInt(args[1]);
        Map<String, String> parameters = new LinkedHashMap<>();
        // the model's configured analysis of the engine, then the command line's parameters over it
        framework.getAnalyses().stream().filter(a -> MonteCarloPowerEngine.ID.equals(a.getEngineId())).findFirst()
                .ifPresent(a -> a.getParameters().forEach(p -> parameters.put(p.getKey(), p.getValue())));
        for (String arg : List.of(args).subList(2, args.length)) {
            int eq = arg.indexOf('=');
            parameters.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        MonteCarloPowerEngine engine = new MonteCarloPowerEngine();
        AnalysisRequest request = new AnalysisRequest(AnalysisInput.of(framework, null, null),
                Parameters.resolve(engine.descriptor(), parameters), null);
        long start = System.nanoTime();
        AnalysisResult result = engine.run(request, AnalysisMonitor.silent());
        System.out.printf("cold run: %.3f s%n", (System.nanoTime() - start) / 1e9);
        print(result.table("power").orElseThrow());
        if (warm > 0) {
            for (int i = 0; i < warm; i++) {
                engine.run(request, AnalysisMonitor.silent());
            }
            double[] times = new double[warm];
            for (int i = 0; i < warm; i++) {
                long t0 = System.nanoTime();
                engine.run(request, AnalysisMonitor.silent());
                times[i] = (System.nanoTime() - t0) / 1e9;
            }
            java.util.Arrays.sort(times);
            System.out.printf("warm runs (%d after %d warm-up): median %.3f s, min %.3f s, max %.3f s%n", warm, warm,
                    times[warm / 2], times[0], times[warm - 1]);
        }
    }

    private static void print(ResultTable table) {
        System.out.println(table.title());
        System.out.println(String.join("\t", table.columns().stream().map(c -> c.id()).toList()));
        for (List<Object> row : table.rows()) {
            StringBuilder line = new StringBuilder();
            for (Object cell : row) {
                line.append(cell instanceof Double d ? String.format(java.util.Locale.ROOT, "%.4f", d) : cell)
                        .append('\t');
            }
            System.out.println(line.toString().trim());
        }
    }
}
