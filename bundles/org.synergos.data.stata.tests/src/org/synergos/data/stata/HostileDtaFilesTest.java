package org.synergos.data.stata;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.data.DataFormatException;
import org.synergos.testing.TestResources;

/** Broken and hostile .dta files: each is refused with a message naming the file and where the problem is. */
class HostileDtaFilesTest {

    @TempDir
    Path folder;

    private static DtaWriter small() {
        return new DtaWriter(118, ByteOrder.LITTLE_ENDIAN).variable("x", DtaWriter.DOUBLE, null, false)
                .variable("s", 3, null, false).row(1.0, "ab").row(2.0, "cd");
    }

    @Test
    void oldFormatIsRefusedByName() throws IOException {
        byte[] bytes = new byte[200];
        bytes[0] = 114;
        bytes[1] = 2;
        assertRefused(bytes, "old.dta", "format 114", "Stata 12 or earlier", "not supported");
    }

    @Test
    void wrongMagic() throws IOException {
        assertRefused("PK\3\4 not stata".getBytes(StandardCharsets.ISO_8859_1), "bad.dta", "offset 0",
                "not a Stata .dta file");
    }

    @Test
    void unknownRelease() throws IOException {
        DtaWriter writer = small();
        writer.release3 = "120";
        assertRefused(writer.bytes(), "new.dta", "format 120 is not supported");
    }

    @Test
    void truncatedHavenFiles() throws IOException {
        for (String name : HavenDtaFilesTest.FILES) {
            byte[] bytes = Files.readAllBytes(TestResources.path("reference/" + name));
            for (int cut : new int[] { 30, 200, bytes.length / 2, bytes.length - 20, bytes.length - 1 }) {
                assertRefused(Arrays.copyOf(bytes, cut), "cut-" + cut + "-" + name, "cut-" + cut);
            }
        }
    }

    @Test
    void millionsOfObservationsDeclared() throws IOException {
        DtaWriter writer = small();
        writer.declaredObservations = 4_000_000_000L;
        assertRefused(writer.bytes(), "long.dta", "declares 4000000000 observations", "bytes are left");
    }

    @Test
    void millionsOfVariablesDeclared() throws IOException {
        DtaWriter writer = small();
        writer.declaredVariables = 65_000;
        assertRefused(writer.bytes(), "wide.dta", "declares 65000 variables", "but the file has");
    }

    @Test
    void invalidUtf8NamesObservationAndColumn() throws IOException {
        DtaWriter writer = new DtaWriter(118, ByteOrder.BIG_ENDIAN).variable("s", 2, null, false)
                .row("ok").row(new byte[] { (byte) 0xC3, 0x28 });
        assertRefused(writer.bytes(), "text.dta", ":2", "column 's'", "observation 2", "not valid UTF-8");
    }

    private void assertRefused(byte[] bytes, String name, String... parts) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        DataFormatException e = assertThrows(DataFormatException.class, () -> new DtaDatasetReader().read(file));
        assertTrue(e.getMessage().contains(name), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
        }
    }
}
