package org.synergos.data.spss;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.data.DataFormatException;
import org.synergos.testing.TestResources;

/** Broken and hostile files: each is refused with a message naming the file and where the problem is. */
class HostileSavFilesTest {

    @TempDir
    Path folder;

    private static SavWriter small() {
        SavWriter writer = new SavWriter(StandardCharsets.UTF_8);
        writer.encodingName = "UTF-8";
        return writer.numeric("x", "a label", SavWriter.labels(1, "one")).string("s", 4, null).row(1.0, "ab")
                .row(2.0, "cd");
    }

    @Test
    void wrongMagic() throws IOException {
        byte[] bytes = small().bytes();
        System.arraycopy("PK\3\4".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 0, 4);
        assertRefused(bytes, "bad.sav", "offset 0", "not an SPSS system file", "'PK\\x03\\x04'");
    }

    @Test
    void tooShortForAHeader() throws IOException {
        assertRefused("$FL2abc".getBytes(StandardCharsets.US_ASCII), "short.sav", "fewer than", "176-byte header", "truncated");
    }

    @Test
    void truncatedInsideTheDictionary() throws IOException {
        byte[] bytes = Arrays.copyOf(small().bytes(), 200);
        assertRefused(bytes, "cut.sav", "offset", "truncated");
    }

    @Test
    void truncatedInsideTheData() throws IOException {
        byte[] bytes = small().bytes();
        assertRefused(Arrays.copyOf(bytes, bytes.length - 4), "cut.sav", ":2", "(column 's')", "case 2", "truncated");
    }

    @Test
    void truncatedHavenFiles() throws IOException {
        for (String name : new String[] { "survey-uncompressed.sav", "survey-bytecode.sav", "survey.zsav" }) {
            byte[] bytes = Files.readAllBytes(TestResources.path("reference/" + name));
            for (int cut : new int[] { 100, 1000, bytes.length - 50, bytes.length - 1 }) {
                assertRefused(Arrays.copyOf(bytes, cut), "cut-" + cut + "-" + name, "cut-" + cut);
            }
        }
    }

    @Test
    void fewerCasesThanDeclared() throws IOException {
        SavWriter writer = small();
        writer.declaredCases = 3;
        assertRefused(writer.bytes(), "few.sav", ":3", "declares 3 cases", "after case 2");
    }

    @Test
    void millionsOfVariablesDeclared() throws IOException {
        SavWriter writer = small();
        writer.declaredSlots = 5_000_000;
        assertRefused(writer.bytes(), "wide.sav", "declares 5000000 8-byte slots", "describe 2");
    }

    @Test
    void absurdValueLabelCount() throws IOException {
        SavWriter writer = small();
        writer.valueLabelCountOverride = 2_000_000_000;
        assertRefused(writer.bytes(), "labels.sav", "declares 2000000000 labels", "bytes left");
    }

    @Test
    void absurdLabelLength() throws IOException {
        SavWriter writer = small();
        writer.labelLengthOverride = Integer.MAX_VALUE;
        assertRefused(writer.bytes(), "label.sav", "variable V1 declares a label of 2147483647 bytes");
    }

    @Test
    void absurdExtensionRecord() throws IOException {
        SavWriter writer = small();
        writer.codePage = 65001;
        writer.extensionCountOverride = 1_000_000_000;
        assertRefused(writer.bytes(), "ext.sav", "subtype 3", "declares 1000000000 elements");
    }

    @Test
    void unknownEncodingIsNamed() throws IOException {
        SavWriter writer = small();
        writer.encodingName = "NO-SUCH-CHARSET";
        assertRefused(writer.bytes(), "enc.sav", "'NO-SUCH-CHARSET'", "not supported");
    }

    @Test
    void invalidTextNamesCaseAndColumn() throws IOException {
        SavWriter writer = new SavWriter(StandardCharsets.ISO_8859_1);
        writer.encodingName = "UTF-8";
        writer.string("s", 4, null).row("ab").row("\u00e9xyz");
        assertRefused(writer.bytes(), "text.sav", ":2", "column 's'", "case 2", "not valid UTF-8");
    }

    private void assertRefused(byte[] bytes, String name, String... parts) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        DataFormatException e = assertThrows(DataFormatException.class, () -> new SavDatasetReader().read(file));
        assertTrue(e.getMessage().contains(name), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
        }
    }
}
