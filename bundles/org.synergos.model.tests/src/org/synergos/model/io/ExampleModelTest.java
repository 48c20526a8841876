package org.synergos.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.model.Framework;
import org.synergos.model.testsupport.ExampleModels;
import org.synergos.model.testsupport.TestResources;
import org.synergos.model.validation.SynergosValidation;

/** The checked-in example is what the builder saves, and it is valid including its data columns. */
class ExampleModelTest {

    @TempDir
    Path dir;

    @Test
    void checkedInExampleMatchesTheBuilder() throws Exception {
        Path saved = dir.resolve("sme_nqpf.synergos");
        ModelStore.save(ExampleModels.smeStudy(), saved);
        assertArrayEquals(Files.readAllBytes(TestResources.file("examples/sme_nqpf.synergos")),
                Files.readAllBytes(saved));
    }

    @Test
    void exampleIsValidWithoutWarnings() throws Exception {
        Framework example = ModelStore.load(TestResources.file("examples/sme_nqpf.synergos"));
        Diagnostic result = SynergosValidation.validate(example);
        assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().toString());
    }
}
