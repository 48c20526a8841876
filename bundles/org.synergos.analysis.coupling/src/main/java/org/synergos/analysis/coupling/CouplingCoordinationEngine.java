package org.synergos.analysis.coupling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.synergos.analysis.api.AnalysisEngine;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisMonitor;
import org.synergos.analysis.api.AnalysisRequest;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Applicability;
import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.ParameterDescriptor;
import org.synergos.analysis.coupling.internal.Classification;
import org.synergos.analysis.coupling.internal.Configuration;
import org.synergos.analysis.coupling.internal.ConfigurationException;
import org.synergos.analysis.coupling.internal.ConfigurationReader;
import org.synergos.analysis.coupling.internal.CouplingModel;
import org.synergos.analysis.coupling.internal.CouplingTables;
import org.synergos.analysis.coupling.internal.Weighting;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.model.Identified;

/**
 * Entropy weights and the coupling coordination degree model of n ≥ 2 subsystems (as in studies of the
 * technology–factor–industry coupling of new quality productive forces, paper C): indicators min–max
 * normalised by direction and shifted, weighted by the entropy method, summed to a comprehensive index U
 * per subsystem and row; coupling degree C = n·[Π U_i / (Σ U_i)^n]^{1/n}, coordination index
 * T = Σ α_i U_i, coupling coordination degree D = √(C·T), classified on the customary ten-level scale.
 * The subsystems, their indicator columns and directions are read from a JSON file in the study folder.
 */
@Component(service = AnalysisEngine.class, property = AnalysisEngine.ENGINE_ID + "=" + CouplingCoordinationEngine.ID)
public final class CouplingCoordinationEngine implements AnalysisEngine {

    public static final String ID = "coupling-coordination";
    public static final String CONFIGURATION = "configuration";
    public static final String SHIFT = "shift";
    public static final String WEIGHTING = "weighting";
    /** The translation customary in entropy-weight studies, so that ln p is defined for the worst value. */
    public static final double DEFAULT_SHIFT = 0.0001;

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID,
            "Coupling coordination degree (entropy weights)", "0.1.0",
            "Entropy weights of indicators, comprehensive indices of 2 or more subsystems, their coupling degree C,"
                    + " coordination index T and coupling coordination degree D with the ten-level classification.",
            List.of(ParameterDescriptor.text(CONFIGURATION, "Configuration file",
                    "JSON file naming the subsystems, their indicator columns and directions, relative to the study"
                            + " folder (or to the data file's folder without a study)", "coupling.json"),
                    ParameterDescriptor.decimal(SHIFT, "Shift",
                            "added to every min–max normalised value so that ln p is defined (0 allowed: 0 ln 0 = 0)",
                            DEFAULT_SHIFT, 0, 1),
                    ParameterDescriptor.choice(WEIGHTING, "Weighting",
                            "within-subsystem: each subsystem's entropy weights sum to 1; across-all: all indicators'"
                                    + " weights sum to 1",
                            Weighting.WITHIN.id(), Weighting.WITHIN.id(), Weighting.ACROSS.id())));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Applicability applicability(AnalysisInput input) {
        if (input.data().isEmpty()) {
            return Applicability.notApplicable("needs a data set: rows are periods or regions, columns the indicators");
        }
        return folder(input).isPresent() ? Applicability.ok()
                : Applicability.notApplicable("needs a study or a data file: the configuration file (parameter '"
                        + CONFIGURATION + "') is read from its folder");
    }

    /** The study's folder, or without a study the data file's. */
    private static Optional<Path> folder(AnalysisInput input) {
        Optional<Path> base = input.modelFile().isPresent() ? input.modelFile()
                : input.data().flatMap(Dataset::source);
        return base.map(p -> p.toAbsolutePath().normalize().getParent());
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, AnalysisMonitor monitor) throws AnalysisException {
        Dataset data = request.input().data().orElseThrow();
        Path folder = folder(request.input()).orElseThrow();
        String name = request.parameters().text(CONFIGURATION).trim();
        Path file = folder.resolve(name).normalize();
        String where = request.input().modelFile().isPresent() ? "study folder" : "data file's folder";
        if (!file.startsWith(folder)) {
            throw new AnalysisException("the configuration file '" + name + "' (parameter '" + CONFIGURATION
                    + "') is outside the " + where + " " + folder);
        }
        if (!Files.isRegularFile(file)) {
            throw new AnalysisException("the configuration file '" + name + "' (parameter '" + CONFIGURATION
                    + "') is not in " + folder + "; see the coupling-coordination plugin's README for its format");
        }
        double shift = request.parameters().decimal(SHIFT);
        Weighting weighting = Weighting.of(request.parameters().text(WEIGHTING));
        monitor.begin("entropy weights and coupling coordination", 1);
        Configuration configuration;
        CouplingModel.Result result;
        try {
            configuration = ConfigurationReader.read(file, data, modelElementIds(request.input()));
            result = CouplingModel.run(configuration, data, weighting, shift, () -> {
                if (monitor.isCancelled()) {
                    throw new CancellationException();
                }
            });
        } catch (ConfigurationException | DataFormatException e) {
            throw new AnalysisException(e.getMessage());
        }
        monitor.worked(1);
        AnalysisResult.Builder builder = AnalysisResult.builder(DESCRIPTOR);
        new CouplingTables(result).addTo(builder);
        return builder.provenance("method", "entropy weight method and coupling coordination degree model")
                .provenance("normalisation", "min–max by direction, shifted by " + CouplingTables.plain(shift))
                .provenance("weighting", weighting.description())
                .provenance("coupling degree", "C = n·[Π U_i / (Σ U_i)^n]^(1/n), n = " + configuration.subsystems().size())
                .provenance("alpha", configuration.alphaGiven() ? "from " + folder.relativize(file) : "equal weights")
                .provenance("classification", "ten levels of D at 0.1 steps; classes " + Classification
                        .describe(Classification.CLASSES, false))
                .provenance("configuration file", folder.relativize(file).toString())
                .provenance("data", data.describe()).provenance("rows", result.rows()).build();
    }

    /** Ids the configuration's "element" links may refer to; null when the input has no model. */
    private static Set<String> modelElementIds(AnalysisInput input) {
        if (input.model().isEmpty()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        EObject model = input.model().get();
        if (model instanceof Identified identified && identified.getId() != null) {
            ids.add(identified.getId());
        }
        model.eAllContents().forEachRemaining(object -> {
            if (object instanceof Identified identified && identified.getId() != null) {
                ids.add(identified.getId());
            }
        });
        return ids;
    }
}
