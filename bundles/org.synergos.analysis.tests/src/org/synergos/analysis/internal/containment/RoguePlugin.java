package org.synergos.analysis.internal.containment;

import java.util.List;
import java.util.function.IntConsumer;

import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.ParameterDescriptor;

/**
 * What a hostile or careless plugin does, chosen by the parameter {@code act}: end the JVM in one of four
 * ways, or spin without ever polling for cancellation. Tests run it only after weaving it.
 */
public final class RoguePlugin implements AnalysisEngine {

    @Override
    public EngineDescriptor descriptor() {
        return new EngineDescriptor("rogue", "Rogue", "1.0", "", List.of(ParameterDescriptor.choice("act", "act", "",
                "exit", "exit", "runtime-exit", "halt", "exit-reference", "spin")));
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        return Applicability.ok();
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, org.synergos.analysis.api.AnalysisMonitor monitor) {
        RogueWitness.lastThread = Thread.currentThread();
        switch (request.parameters().text("act")) {
        case "exit" -> System.exit(42);
        case "runtime-exit" -> Runtime.getRuntime().exit(43);
        case "halt" -> Runtime.getRuntime().halt(44);
        case "exit-reference" -> {
            IntConsumer exit = System::exit;
            exit.accept(45);
        }
        default -> {
            while (true) {
                RogueWitness.spins++;
            }
        }
        }
        return AnalysisResult.builder(descriptor()).build();
    }
}
