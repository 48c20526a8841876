package org.synergos.data.spss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;

/**
 * Files haven cannot write (it always writes UTF-8, little-endian), built byte for byte by {@link SavWriter}:
 * GBK text told by code page 936 alone (record 7.3, no 7.20), GB18030 told by name (7.20), big-endian.
 */
class WrittenSavFilesTest {

    @TempDir
    Path folder;

    @Test
    void gbkByCodePage() throws IOException, DataFormatException {
        SavWriter writer = new SavWriter(Charset.forName("GBK"));
        writer.codePage = 936;
        writer.numeric("满意度", "满意度（一到五）", SavWriter.labels(1, "很不满意", 5, "很满意"), 9)
                .string("城市", 8, "所在城市")
                .row(1.0, "北京").row(5.0, "深圳市").row(9.0, "上海").row(Double.NaN, "");
        Dataset data = read(writer, "gbk.sav");
        assertEquals(List.of("满意度", "城市"), data.columnNames());
        assertEquals("满意度（一到五）", data.column("满意度").metadata().label().orElseThrow());
        assertEquals(Map.of("1", "很不满意", "5", "很满意"), data.column("满意度").metadata().valueLabels());
        assertEquals(List.of("北京", "深圳市", "上海", ""), List.of(data.column("城市").text(0),
                data.column("城市").text(1), data.column("城市").text(2), data.column("城市").text(3)));
        assertEquals("所在城市", data.column("城市").metadata().label().orElseThrow());
        assertTrue(data.column("满意度").isDeclaredMissing(2));
        assertEquals("9", data.column("满意度").rawText(2));
        assertNull(data.column("满意度").rawText(3), "system-missing");
        assertEquals("很满意", data.column("满意度").valueLabel(1).orElseThrow());
    }

    @Test
    void gb18030ByNameAndBigEndian() throws IOException, DataFormatException {
        SavWriter writer = new SavWriter(Charset.forName("GB18030"));
        writer.order = ByteOrder.BIG_ENDIAN;
        writer.encodingName = "GB18030";
        writer.codePage = 1252; // the name wins over the code page
        String rare = "\uD840\uDC00"; // U+20000, four bytes in GB18030, not in GBK
        writer.numeric("x", rare + "标签", Map.of()).string("s", 8, null).row(2.5, rare + "字").row(-1e10, "ab");
        Dataset data = read(writer, "gb18030.sav");
        assertEquals(rare + "标签", data.column("x").metadata().label().orElseThrow());
        assertEquals(rare + "字", data.column("s").text(0));
        assertEquals(2.5, data.column("x").value(0));
        assertEquals(-1e10, data.column("x").value(1));
    }

    @Test
    void bytecodeCompressedBigEndianWithUnknownCaseCount() throws IOException, DataFormatException {
        SavWriter writer = new SavWriter(Charset.forName("GBK"));
        writer.order = ByteOrder.BIG_ENDIAN;
        writer.compressed = true;
        writer.codePage = 936;
        writer.declaredCases = -1;
        writer.numeric("n", null, Map.of(), 151).string("s", 8, null);
        Object[][] rows = { { 1.0, "甲" }, { -99.0, "" }, { 151.0, "乙乙乙乙" }, { 2.75, "abc" }, { Double.NaN, "" },
            { 1e300, "xyz" }, { 152.0, "" } };
        for (Object[] row : rows) {
            writer.row(row);
        }
        Dataset data = read(writer, "compressed.sav");
        assertEquals(rows.length, data.rowCount());
        List<String> numbers = new java.util.ArrayList<>();
        List<String> strings = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            numbers.add(data.column("n").rawText(i));
            strings.add(data.column("s").text(i));
        }
        assertEquals(java.util.Arrays.asList("1", "-99", "151", "2.75", null, "1.0E300", "152"), numbers);
        assertEquals(List.of("甲", "", "乙乙乙乙", "abc", "", "xyz", ""), strings);
        assertTrue(data.column("n").isDeclaredMissing(2), "151 is the declared missing value");
    }

    @Test
    void latinByDefault() throws IOException, DataFormatException {
        SavWriter writer = new SavWriter(Charset.forName("windows-1252"));
        writer.string("s", 8, "Zürich").row("Genève");
        Dataset data = read(writer, "latin.sav");
        assertEquals("Genève", data.column("s").text(0));
        assertEquals("Zürich", data.column("s").metadata().label().orElseThrow());
    }

    private Path write(SavWriter writer, String name) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, writer.bytes());
        return file;
    }

    private Dataset read(SavWriter writer, String name) throws IOException, DataFormatException {
        return new SavDatasetReader().read(write(writer, name));
    }
}
