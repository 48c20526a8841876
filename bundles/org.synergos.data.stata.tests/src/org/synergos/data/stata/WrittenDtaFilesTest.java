package org.synergos.data.stata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergos.data.DataColumn;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.NumericText;

/**
 * Files haven does not write, built byte for byte by {@link DtaWriter} as Stata's dta documentation lays
 * them out: both byte orders, every numeric storage type with its largest valid value, its system missing
 * value "." and extended missing values .a and .z, value labels of a missing code.
 */
class WrittenDtaFilesTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({ "118, LSF", "118, MSF", "117, MSF", "117, LSF" })
    void everyStorageTypeInBothByteOrders(int release, String byteOrder) throws IOException, DataFormatException {
        ByteOrder order = byteOrder.equals("MSF") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        DtaWriter writer = new DtaWriter(release, order)
                .variable("b", DtaWriter.BYTE, "a byte", true)
                .variable("i", DtaWriter.INT, null, false)
                .variable("l", DtaWriter.LONG, null, false)
                .variable("f", DtaWriter.FLOAT, null, false)
                .variable("d", DtaWriter.DOUBLE, "a double", false)
                .variable("s", 5, "a string", false)
                .valueLabels(new int[] { 1, 100, 2147483622 }, new String[] { "one", "hundred", "not asked" });
        // largest valid values, then ".", then ".a", then ".z", then the most negative valid value
        writer.row(100, 32740, 2147483620, Float.intBitsToFloat(0x7effffff), Math.nextDown(0x1p1023), "abcde");
        writer.row(101, 32741, 2147483621, Float.intBitsToFloat(0x7f000000),
                Double.longBitsToDouble(0x7fe0000000000000L), "");
        writer.row(102, 32742, 2147483622, Float.intBitsToFloat(0x7f000800),
                Double.longBitsToDouble(0x7fe0010000000000L), "x");
        writer.row(127, 32767, 2147483647, Float.intBitsToFloat(0x7f00d000),
                Double.longBitsToDouble(0x7fe01a0000000000L), "yz");
        writer.row(-127, -32767, -2147483647, -1.5f, -0.25, "12345");
        Path file = folder.resolve("types-" + release + "-" + byteOrder + ".dta");
        Files.write(file, writer.bytes());
        Dataset data = new DtaDatasetReader().read(file);
        assertEquals(List.of("b", "i", "l", "f", "d", "s"), data.columnNames());
        assertEquals(List.of("100", "32740", "2147483620", NumericText.format(Double.parseDouble(Float.toString(Float.intBitsToFloat(0x7effffff)))),
                NumericText.format(Math.nextDown(0x1p1023)), "abcde"), row(data, 0));
        assertEquals(java.util.Arrays.asList(null, null, null, null, null, ""), row(data, 1));
        assertEquals(List.of(".a", ".a", ".a", ".a", ".a", "x"), row(data, 2));
        assertEquals(List.of(".z", ".z", ".z", ".z", ".z", "yz"), row(data, 3));
        assertEquals(List.of("-127", "-32767", "-2147483647", "-1.5", "-0.25", "12345"), row(data, 4));
        for (String name : List.of("b", "i", "l", "f", "d")) {
            DataColumn column = data.column(name);
            assertTrue(column.isNumeric(), name);
            assertFalse(column.isDeclaredMissing(1), name + ": '.' is missing in the file itself");
            assertTrue(column.isDeclaredMissing(2) && column.isDeclaredMissing(3), name);
            assertNull(column.text(2), name);
        }
        assertEquals(-127, data.column("b").value(4));
        assertEquals(Map.of("1", "one", "100", "hundred", ".a", "not asked"), data.column("b").metadata().valueLabels());
        assertEquals("not asked", data.column("b").valueLabel(2).orElseThrow());
        assertEquals("a byte", data.column("b").metadata().label().orElseThrow());
        assertEquals("byte", data.column("b").metadata().storageType().orElseThrow());
        assertEquals("str5", data.column("s").metadata().storageType().orElseThrow());
        assertEquals(3, data.column("d").missingCount());
    }

    @ParameterizedTest
    @CsvSource({ "117, LSF", "117, MSF", "118, LSF", "118, MSF", "119, LSF", "119, MSF" })
    void strlsInEveryReleaseAndByteOrder(int release, String byteOrder) throws IOException, DataFormatException {
        ByteOrder order = byteOrder.equals("MSF") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        String longText = "\u957f".repeat(release == 117 ? 0 : 1500) + "x".repeat(3000);
        DtaWriter writer = new DtaWriter(release, order).variable("id", DtaWriter.LONG, null, false)
                .variable("memo", DtaWriter.STRL, "memo", false);
        for (int i = 1; i <= 300; i++) {
            writer.row(i, i == 150 ? longText : "note " + i);
        }
        Path file = folder.resolve("strl-" + release + "-" + byteOrder + ".dta");
        Files.write(file, writer.bytes());
        Dataset data = new DtaDatasetReader().read(file);
        assertEquals(300, data.rowCount());
        assertEquals("note 1", data.column("memo").text(0));
        assertEquals("note 300", data.column("memo").text(299));
        assertEquals(longText, data.column("memo").text(149));
        assertEquals("strL", data.column("memo").metadata().storageType().orElseThrow());
        assertEquals(300, data.column("id").value(299));
    }

    private static List<String> row(Dataset data, int row) {
        return data.columns().stream().map(c -> c.rawText(row)).toList();
    }
}
