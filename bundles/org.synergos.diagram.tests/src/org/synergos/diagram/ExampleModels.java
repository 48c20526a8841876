package org.synergos.diagram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.synergos.model.Framework;
import org.synergos.model.io.ModelLoadException;
import org.synergos.model.io.ModelStore;
import org.synergos.testing.TestResources;

/** The repository's example models, found from the test bundle's folder. */
public final class ExampleModels {

    private ExampleModels() {
    }

    /** Every {@code examples/NAME/model.synergos}, sorted by folder name. */
    public static List<Path> all() {
        Path examples = TestResources.path("../../examples");
        try (Stream<Path> dirs = Files.list(examples)) {
            List<Path> models = dirs.map(d -> d.resolve("model.synergos")).filter(Files::isRegularFile).sorted().toList();
            if (models.isEmpty()) {
                throw new IllegalStateException("no example models under " + examples);
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Framework load(Path model) {
        try {
            return ModelStore.load(model);
        } catch (ModelLoadException e) {
            throw new IllegalStateException(model + ": " + e.getMessage(), e);
        }
    }

    public static Framework load(String exampleName) {
        return load(TestResources.path("../../examples/" + exampleName + "/model.synergos"));
    }

    /** Folder name of an example model, for test display names. */
    public static String name(Path model) {
        return model.getParent().getFileName().toString();
    }
}
