package org.synergos.analysis.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.sdk.testkit.EngineHarness;

/** Bad hierarchy files are refused with the file, the line and the element or cell concerned. */
class HierarchyErrorsTest {

    @TempDir
    Path study;

    private static final String MODEL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<synergos:Framework xmi:version=\"2.0\""
            + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:synergos=\"http://synergos.org/model/1.0\" id=\"framework\""
            + " name=\"errors\">\n  <indices id=\"index.a\" name=\"a\"/>\n</synergos:Framework>\n";

    /** Three criteria under the goal; {@code matrix} is the goal's judgements, one row per line from line 9. */
    private static String threeCriteria(String matrix) {
        return """
                {
                  "goal": {"id": "goal"},
                  "criteria": [
                    {"id": "A", "element": "index.a"},
                    {"id": "B"},
                    {"id": "C"}
                  ],
                  "judgements": {"goal":
                %s
                  }
                }
                """.formatted(matrix);
    }

    private String refused(String hierarchy) throws Exception {
        Files.writeString(study.resolve("model.synergos"), MODEL);
        Files.writeString(study.resolve("ahp.json"), hierarchy);
        return assertThrows(AnalysisException.class, () -> EngineHarness.onModel(new AhpEngine(), study, Map.of()))
                .getMessage();
    }

    @Test
    void aMatrixThatIsNotReciprocalNamesTheCell() throws Exception {
        assertEquals("ahp.json:10: matrix 'goal', row 2 (B), column 1 (A): \"1/2\" is not the reciprocal of 3 at row 1,"
                + " column 2 (the matrix must be reciprocal: a_ji = 1/a_ij)",
                refused(threeCriteria("[[1, 3, 5],\n[\"1/2\", 1, 2],\n[\"1/5\", \"1/2\", 1]]")));
    }

    @Test
    void judgementsOffSaatysScaleAreRefused() throws Exception {
        assertEquals("ahp.json:9: matrix 'goal', row 1 (A), column 3 (C): 10 is off Saaty's 1–9 scale (whole numbers"
                + " 1 to 9; reciprocals as \"1/2\" to \"1/9\")",
                refused(threeCriteria("[[1, 3, 10],\n[\"1/3\", 1, 2],\n[\"1/10\", \"1/2\", 1]]")));
        assertEquals("ahp.json:9: matrix 'goal', row 1 (A), column 2 (B): 0.5 is off Saaty's 1–9 scale (whole numbers"
                + " 1 to 9; reciprocals as \"1/2\" to \"1/9\")",
                refused(threeCriteria("[[1, 0.5, 3],\n[2, 1, 2],\n[\"1/3\", \"1/2\", 1]]")));
        assertEquals("ahp.json:11: matrix 'goal', row 3 (C), column 1 (A): \"1/10\" is off Saaty's 1–9 scale"
                + " (reciprocals are \"1/2\" to \"1/9\")",
                refused(threeCriteria("[[1, 3, 9],\n[\"1/3\", 1, 2],\n[\"1/10\", \"1/2\", 1]]")));
    }

    @Test
    void aJudgementThatIsNotPositiveIsRefused() throws Exception {
        assertEquals("ahp.json:10: matrix 'goal', row 2 (B), column 3 (C): -2 is not positive",
                refused(threeCriteria("[[1, 3, 5],\n[\"1/3\", 1, -2],\n[\"1/5\", \"1/2\", 1]]")));
        assertEquals("ahp.json:9: matrix 'goal', row 1 (A), column 1 (A): 0 is not positive",
                refused(threeCriteria("[[0, 3, 5],\n[\"1/3\", 1, 2],\n[\"1/5\", \"1/2\", 1]]")));
    }

    @Test
    void theDiagonalIsOne() throws Exception {
        assertEquals("ahp.json:10: matrix 'goal', row 2 (B), column 2 (B): 2 on the diagonal; an element compared with"
                + " itself is 1", refused(threeCriteria("[[1, 3, 5],\n[\"1/3\", 2, 2],\n[\"1/5\", \"1/2\", 1]]")));
    }

    @Test
    void aMatrixOfTheWrongShapeListsWhatItCompares() throws Exception {
        assertEquals("ahp.json:9: matrix 'goal' must be 3 rows of 3 judgements (A, B, C), not 2 row(s)",
                refused(threeCriteria("[[1, 3, 5],\n[\"1/3\", 1, 2]]")));
        assertEquals("ahp.json:10: matrix 'goal', row 2 (B) must have 3 judgements, not 2",
                refused(threeCriteria("[[1, 3, 5],\n[\"1/3\", 1],\n[\"1/5\", \"1/2\", 1]]")));
    }

    @Test
    void aGroupMatrixNamesTheJudge() throws Exception {
        assertEquals("ahp.json:10: matrix 'goal' of judge 'E2', row 1 (A), column 2 (B): \"x\" is not a judgement"
                + " (a number 1 to 9 or \"1/2\" to \"1/9\")",
                refused(threeCriteria("{\"E1\": [[1, 3, 5], [\"1/3\", 1, 2], [\"1/5\", \"1/2\", 1]],\n"
                        + "\"E2\": [[1, \"x\", 5], [\"1/3\", 1, 2], [\"1/5\", \"1/2\", 1]]}")));
    }

    @Test
    void moreElementsThanSaatysRandomIndexCoversAreRefusedByName() throws Exception {
        StringBuilder criteria = new StringBuilder();
        StringBuilder matrix = new StringBuilder("[");
        for (int i = 0; i < 11; i++) {
            criteria.append(i == 0 ? "" : ", ").append("{\"id\": \"K").append(i).append("\"}");
            matrix.append(i == 0 ? "" : ", ").append("[1,1,1,1,1,1,1,1,1,1,1]");
        }
        assertEquals("ahp.json:4: matrix 'goal' compares 11 elements; Saaty (1980)'s random index table, which CR"
                + " needs, covers at most 10 (split the elements into groups under sub-criteria)",
                refused("{\n\"goal\": {\"id\": \"goal\"},\n\"criteria\": [" + criteria + "],\n\"judgements\": {\"goal\": "
                        + matrix + "]}}\n"));
    }

    @Test
    void structuralProblemsNameTheElement() throws Exception {
        assertEquals("ahp.json:8: 'judgements' has no matrix for 'goal' (declared at line 2), which compares A, B, C",
                refused(threeCriteria("{}").replace("{\"goal\":\n{}\n", "{\n")));
        assertTrue(refused(threeCriteria("[[1]]").replace("{\"id\": \"C\"}", "{\"id\": \"A\"}"))
                .startsWith("ahp.json:6: id 'A' is used twice (first at line 4)"));
        assertEquals("ahp.json:5: a criterion of the goal 'goal' has an unknown key 'weight' (allowed: criteria, element,"
                + " id, name)", refused(threeCriteria("[[1]]").replace("{\"id\": \"B\"}", "{\"id\": \"B\", \"weight\": 2}")));
        assertEquals("ahp.json:4: 'A' refers to model element 'index.b', which the study's model does not have",
                refused(threeCriteria("[[1]]").replace("index.a", "index.b")));
        assertEquals("ahp.json:10: 'judgements' has a matrix for 'B', which has nothing below it to compare (a leaf"
                + " criterion, and the file lists no alternatives)",
                refused(threeCriteria("[[1, 3, 5], [\"1/3\", 1, 2], [\"1/5\", \"1/2\", 1]],\n\"B\": [[1]]")));
    }

    @Test
    void invalidJsonNamesTheLine() throws Exception {
        assertTrue(refused("{\n  \"goal\": {\"id\": \"goal\"},\n  \"criteria\": [\n}\n")
                .startsWith("ahp.json:4: not valid JSON: "));
        assertTrue(refused("{\"goal\": {\"id\": \"g\"},\n\"goal\": {\"id\": \"h\"}}")
                .startsWith("ahp.json:2: not valid JSON: Duplicate field 'goal'"));
    }

    @Test
    void aMissingFileIsNamedWithTheParameter() throws Exception {
        Files.writeString(study.resolve("model.synergos"), MODEL);
        String message = assertThrows(AnalysisException.class,
                () -> EngineHarness.onModel(new AhpEngine(), study, Map.of("hierarchy", "weights/ahp.json"))).getMessage();
        assertEquals("the hierarchy file 'weights/ahp.json' (parameter 'hierarchy') is not in " + study.toAbsolutePath()
                + "; see the AHP plugin's README for its format", message);
    }

    @Test
    void aFileOutsideTheStudyFolderIsRefused() throws Exception {
        Files.writeString(study.resolve("model.synergos"), MODEL);
        String message = assertThrows(AnalysisException.class,
                () -> EngineHarness.onModel(new AhpEngine(), study, Map.of("hierarchy", "../ahp.json"))).getMessage();
        assertEquals("the hierarchy file '../ahp.json' (parameter 'hierarchy') is outside the study folder "
                + study.toAbsolutePath(), message);
    }

    @Test
    void withoutAStudyTheEngineSaysWhy() {
        assertEquals(java.util.List.of("needs a study: the hierarchy file (parameter 'hierarchy') is read from the study's folder"),
                new AhpEngine().applicability(AnalysisInput.ofData(null)).reasons());
    }
}
