package org.synergos.analysis.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ParametersTest {

    private static final EngineDescriptor ENGINE = new EngineDescriptor("pls-sem", "PLS", "1.0", "",
            List.of(ParameterDescriptor.integer("bootstrap", "Resamples", "", 5000, 0, 100000),
                    ParameterDescriptor.decimal("alpha", "Alpha", "", 0.05, 0, 1),
                    ParameterDescriptor.flag("consistent", "PLSc", "", false),
                    ParameterDescriptor.choice("weighting", "Inner weighting", "", "path", "path", "factorial",
                            "centroid")));

    @Test
    void defaultsFillWhatUsersLeaveOut() {
        Parameters parameters = Parameters.resolve(ENGINE, Map.of("bootstrap", "100"));
        assertEquals(100, parameters.integer("bootstrap"));
        assertEquals(0.05, parameters.decimal("alpha"));
        assertEquals(false, parameters.flag("consistent"));
        assertEquals("path", parameters.text("weighting"));
        assertEquals(List.of("alpha", "bootstrap", "consistent", "weighting"),
                List.copyOf(parameters.asMap().keySet()), "sorted for reproducible provenance");
    }

    @Test
    void valuesAreNormalised() {
        Parameters parameters = Parameters.resolve(ENGINE, Map.of("consistent", " TRUE ", "alpha", "1e-2"));
        assertEquals("true", parameters.text("consistent"));
        assertEquals(0.01, parameters.decimal("alpha"));
    }

    @Test
    void invalidValuesNameParameterAndWhatIsAllowed() {
        assertMessage(Map.of("bootstrap", "many"), "'bootstrap' = 'many' is invalid: expected a whole number");
        assertMessage(Map.of("bootstrap", "-5"), "expected a value between 0 and 100000");
        assertMessage(Map.of("alpha", "2"), "expected a value between 0 and 1");
        assertMessage(Map.of("consistent", "yes"), "expected true or false");
        assertMessage(Map.of("weighting", "pca"), "expected one of path, factorial, centroid");
        assertMessage(Map.of("seeds", "1"), "has no parameter 'seeds' (parameters: bootstrap, alpha, consistent, weighting)");
    }

    @Test
    void engineIdsAreRestricted() {
        assertThrows(IllegalArgumentException.class, () -> new EngineDescriptor("PLS SEM", "x", "1", "", List.of()));
    }

    private static void assertMessage(Map<String, String> supplied, String expected) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Parameters.resolve(ENGINE, supplied));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
