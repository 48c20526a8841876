package org.synergos.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.model.testsupport.TestResources;

/** Damaged files fail to load with file, line, column and the problem in the message. */
class BrokenModelLoadTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed-xml.synergos      | 5 | 5   | must be terminated by the matching end-tag \"</constructs>\"",
        "unknown-element.synergos    | 6 | 35  | unknown element or attribute 'hypotheses' in framework 'broken'",
        "unknown-attribute.synergos  | 3 | 63  | unknown element or attribute 'colour' in construct 'A'",
        "dangling-reference.synergos | 9 | 93  | reference 'target' in structural path 'H1' (A -> ?) points to id 'construct.Missing' which no element has",
        "invalid-enum-value.synergos | 3 | 58  | value 'ALIEN' is not valid for 'kind' in actor 'Government'",
        "wrong-namespace.synergos    | 2 | 147 | unknown namespace 'http://synergos.org/model/0.9'; Synergos models use 'http://synergos.org/model/1.0'",
        "empty.synergos              | 1 | 1   | malformed XML: Premature end of file",
        "wrong-root.synergos         | 0 | 0   | exactly one synergos:Framework root element",
        // a copied element whose id was not changed: the duplicate is named first, not only the dangling
        // reference it causes (a duplicate without dangling references loads; validation then reports it)
        "duplicate-id.synergos       | 6 | 50  | duplicate id 'construct.A': construct 'B' has the id of construct 'A' (line 3); ids must be unique",
    })
    void namesFileLineColumnAndProblem(String name, int line, int column, String problem) {
        Path file = TestResources.file("broken/load/" + name);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(file));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot load " + file), e.getMessage());
        if (line > 0) {
            assertTrue(e.getMessage().contains("at line " + line + ", column " + column), e.getMessage());
        }
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("absent.synergos");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(file));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void externalEntitiesAreRefusedAndNothingLeaks() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        String[] payloads = {
            "<!DOCTYPE f [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>",
            "<!DOCTYPE f [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]>",
            "<!DOCTYPE f SYSTEM \"" + secret.toUri() + "\">",
        };
        for (String doctype : payloads) {
            Path model = dir.resolve("xxe.synergos");
            Files.writeString(model, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n"
                    + "<synergos:Framework xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                    + " xmlns:synergos=\"http://synergos.org/model/1.0\" id=\"framework\" name=\"&s;\"/>\n");
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(model), doctype);
            assertEquals(2, e.line(), e.getMessage());
            assertTrue(e.getMessage().contains("DOCTYPE is disallowed"), e.getMessage());
            assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
            assertFalse(String.valueOf(e.getCause()).contains("TOP-SECRET"));
        }
    }

    @Test
    void checkedInXxeSampleIsRefused() {
        Path file = TestResources.file("broken/load/xxe-external-entity.synergos");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(file));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("DOCTYPE is disallowed"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }
}
