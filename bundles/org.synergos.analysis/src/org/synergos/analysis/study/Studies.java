package org.synergos.analysis.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;
import org.synergos.model.io.DataPaths;
import org.synergos.model.io.ModelLoadException;
import org.synergos.model.io.ModelStore;
import org.synergos.model.io.WorkspacePathException;

/** Loads model files and the data sets they point to. */
public final class Studies {

    private Studies() {
    }

    /**
     * Loads a model; a folder stands for the single {@code *.synergos} file inside it (so
     * {@code synergos report examples/nqpf-smes} works).
     */
    public static Study load(Path modelPath) throws StudyException {
        Path file = modelFile(modelPath);
        try {
            Framework framework = ModelStore.load(file);
            return new Study(framework, file.toAbsolutePath().normalize());
        } catch (ModelLoadException e) {
            throw new StudyException(e.getMessage(), e);
        }
    }

    /** Reads a data source of the study; paths resolve against the model file and may not leave its folder. */
    public static Dataset read(Study study, DataSource source) throws StudyException {
        try {
            Path file = DataPaths.resolve(study.modelFile(), source.getPath());
            return DataSources.read(source, file);
        } catch (WorkspacePathException e) {
            throw new StudyException("data source '" + source.getName() + "': " + e.getMessage(), e);
        } catch (DataFormatException e) {
            throw new StudyException(e.getMessage(), e);
        }
    }

    private static Path modelFile(Path path) throws StudyException {
        if (!Files.isDirectory(path)) {
            return path;
        }
        try (var files = Files.list(path)) {
            List<Path> models = files.filter(f -> f.getFileName().toString().endsWith(".synergos")).sorted().toList();
            if (models.size() != 1) {
                throw new StudyException(path + ": expected one *.synergos model file in the folder, found "
                        + models.size(), null);
            }
            return models.get(0);
        } catch (java.io.IOException e) {
            throw new StudyException(path + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
