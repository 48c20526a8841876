package org.synergos.analysis.api;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.synergos.data.Dataset;

/**
 * What an engine analyses: the model (root of a Synergos EMF model, a {@code Framework}), its data set and
 * where the model file lives (to resolve relative paths). Model and data are each optional: a
 * descriptive analysis of a bare CSV file has no model.
 */
public final class AnalysisInput {

    private final EObject model;
    private final Dataset data;
    private final Path modelFile;

    private AnalysisInput(EObject model, Dataset data, Path modelFile) {
        this.model = model;
        this.data = data;
        this.modelFile = modelFile;
    }

    public static AnalysisInput of(EObject model, Dataset data, Path modelFile) {
        return new AnalysisInput(model, data, modelFile);
    }

    public static AnalysisInput ofData(Dataset data) {
        return new AnalysisInput(null, data, null);
    }

    public Optional<EObject> model() {
        return Optional.ofNullable(model);
    }

    public Optional<Dataset> data() {
        return Optional.ofNullable(data);
    }

    public Optional<Path> modelFile() {
        return Optional.ofNullable(modelFile);
    }
}
