package org.synergos.data.stata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synergos.data.ColumnMetadata;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.MissingValues;
import org.synergos.data.NumericText;

/**
 * Reads a Stata data file of format 117 (Stata 13), 118 (Stata 14 to 18) or 119 (more than 32,767
 * variables), the {@code <stata_dta>} formats Stata's "dta" documentation describes, in either byte order,
 * into a {@link Dataset}. Older formats (114 and before, written by Stata 12 and earlier) are refused by
 * name.
 *
 * <p>Numbers (byte, int, long, float, double) become cells as {@link NumericText} writes them; Stata's
 * system missing value {@code .} is a missing cell, the extended missing values {@code .a} to {@code .z} are
 * cells {@code ".a"} … {@code ".z"} that the column's {@link ColumnMetadata} declares missing (so they are
 * missing for every analysis, and their letter stays readable). Strings (str1 to str2045 and strL) are
 * decoded as UTF-8 (118, 119) or windows-1252 (117). Variable labels, value labels (also of {@code .a} …),
 * and the storage type become each column's metadata.
 *
 * <p>The value labels and strLs, which the file stores after the data, are read first by the file's map;
 * the data are then read one observation at a time. Every count and offset is checked against the file's
 * size before anything is allocated, and every problem names the file and the offset, observation or
 * variable concerned.
 */
public final class DtaDatasetReader {

    private static final int STRL = 32768;
    private static final int DOUBLE = 65526;
    private static final int FLOAT = 65527;
    private static final int LONG = 65528;
    private static final int INT = 65529;
    private static final int BYTE = 65530;

    /** The largest valid values: what lies above is "." or .a to .z. */
    private static final float LARGEST_FLOAT = Float.intBitsToFloat(0x7effffff);
    private static final double LARGEST_DOUBLE = Math.nextDown(0x1p1023);

    private final List<String> missingCodes;

    public DtaDatasetReader() {
        this(List.of());
    }

    /** Also treats these codes as missing in every column (the command line's --missing). */
    public DtaDatasetReader(List<String> missingCodes) {
        this.missingCodes = List.copyOf(missingCodes);
    }

    public Dataset read(Path file) throws DataFormatException {
        return parse(file, true);
    }

    public List<String> readHeader(Path file) throws DataFormatException {
        return parse(file, false).columnNames();
    }

    private Dataset parse(Path file, boolean withData) throws DataFormatException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new Parse(new DtaInput(file, channel)).run(withData);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, "file not found", e);
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private final class Parse {
        final DtaInput in;
        int release;
        int nameLength;
        Charset charset;
        int variableCount;
        long observations;
        long[] map;
        int[] types;
        String[] names;
        String[] labelNames;
        String[] labels;
        final Map<String, Map<String, String>> valueLabels = new HashMap<>();
        final Map<Long, Map<Long, String>> strls = new HashMap<>();

        Parse(DtaInput in) {
            this.in = in;
        }

        Dataset run(boolean withData) throws DataFormatException {
            header();
            in.expect("<map>");
            map = new long[14];
            for (int i = 0; i < 14; i++) {
                map[i] = in.uint64("map entry " + (i + 1));
                if (map[i] > in.size()) {
                    throw in.error("map entry " + (i + 1) + " points to offset " + map[i] + ", beyond the file's "
                            + in.size() + " bytes");
                }
            }
            in.expect("</map>");
            // every variable takes at least its type, name, format, value-label name and label in the file
            long perVariable = 2 + nameLength + (release == 117 ? 49 : 57) + nameLength + (release == 117 ? 81 : 321);
            if (variableCount * perVariable > in.size()) {
                throw in.error("the header declares " + variableCount + " variables, which need at least "
                        + variableCount * perVariable + " bytes, but the file has " + in.size());
            }
            seek(2, "<variable_types>");
            types = new int[variableCount];
            ByteBuffer typeBytes = in.buffer(2L * variableCount, "the variable types");
            for (int i = 0; i < variableCount; i++) {
                types[i] = typeBytes.getShort() & 0xffff;
                if (!(types[i] >= 1 && types[i] <= 2045) && types[i] != STRL && (types[i] < DOUBLE || types[i] > BYTE)) {
                    throw in.error("variable " + (i + 1) + " has type code " + types[i]
                            + ", which is no Stata storage type");
                }
            }
            in.expect("</variable_types>");
            names = strings(3, "<varnames>", nameLength, "variable names");
            labelNames = strings(6, "<value_label_names>", nameLength, "value-label names");
            labels = strings(7, "<variable_labels>", release == 117 ? 81 : 321, "variable labels");
            readValueLabels();
            Dataset.Builder builder = Dataset.builder(in.file().getFileName().toString()).source(in.file());
            Set<String> seen = new java.util.HashSet<>();
            for (String name : names) {
                if (!seen.add(name)) {
                    throw in.error("two variables are named '" + name + "'");
                }
            }
            builder.columns(List.of(names));
            for (int i = 0; i < variableCount; i++) {
                builder.metadata(names[i], metadata(i));
            }
            if (withData) {
                readStrls();
                readData(builder);
            }
            return builder.build();
        }

        private void header() throws DataFormatException {
            byte[] start = in.bytes(Math.min(in.size(), 11), "the file header");
            String text = new String(start, StandardCharsets.ISO_8859_1);
            if (!text.equals("<stata_dta>")) {
                int first = start.length > 0 ? start[0] & 0xff : -1;
                if (first >= 102 && first <= 115) {
                    throw new DataFormatException(in.file(), 0, null, "offset 0: this is a Stata .dta file of format "
                            + first + " (written by Stata 12 or earlier), which is not supported: save it again in"
                            + " Stata 13 or later (format 117, 118 or 119)");
                }
                throw new DataFormatException(in.file(), 0, null, "offset 0: not a Stata .dta file: it starts with '"
                        + DtaInput.printable(start) + "', not '<stata_dta>'");
            }
            in.expect("<header><release>");
            String version = new String(in.bytes(3, "the release"), StandardCharsets.US_ASCII);
            switch (version) {
                case "117", "118", "119" -> release = Integer.parseInt(version);
                default -> throw in.error("format " + DtaInput.printable(version.getBytes(StandardCharsets.ISO_8859_1))
                        + " is not supported (117, 118 and 119 are)");
            }
            in.expect("</release><byteorder>");
            String order = new String(in.bytes(3, "the byte order"), StandardCharsets.US_ASCII);
            if (order.equals("MSF")) {
                in.order(ByteOrder.BIG_ENDIAN);
            } else if (order.equals("LSF")) {
                in.order(ByteOrder.LITTLE_ENDIAN);
            } else {
                throw in.error("byte order '" + DtaInput.printable(order.getBytes(StandardCharsets.ISO_8859_1))
                        + "' is neither MSF nor LSF");
            }
            in.expect("</byteorder><K>");
            long k = release == 119 ? in.uint32("the number of variables") : in.uint16("the number of variables");
            if (k > Integer.MAX_VALUE / 8) {
                throw in.error("the header declares " + k + " variables");
            }
            variableCount = (int) k;
            in.expect("</K><N>");
            observations = release == 117 ? in.uint32("the number of observations")
                    : in.uint64("the number of observations");
            in.expect("</N><label>");
            int labelLength = release == 117 ? in.uint8("the data label's length") : in.uint16("the data label's length");
            in.bytes(labelLength, "the data label");
            in.expect("</label><timestamp>");
            int stamp = in.uint8("the timestamp's length");
            in.bytes(stamp, "the timestamp");
            in.expect("</timestamp></header>");
            nameLength = release == 117 ? 33 : 129;
            charset = release == 117 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        }

        private void seek(int entry, String tag) throws DataFormatException {
            in.seek(map[entry], tag);
            in.expect(tag);
        }

        private String[] strings(int entry, String tag, int width, String what) throws DataFormatException {
            seek(entry, tag);
            String[] result = new String[variableCount];
            byte[] all = in.bytes((long) width * variableCount, "the " + what);
            for (int i = 0; i < variableCount; i++) {
                result[i] = text(all, i * width, width, what + " of variable " + (i + 1));
            }
            in.expect("</" + tag.substring(1));
            return result;
        }

        private String text(byte[] bytes, int from, int width, String what) throws DataFormatException {
            int end = from;
            while (end < from + width && bytes[end] != 0) {
                end++;
            }
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, end - from))
                        .toString();
            } catch (CharacterCodingException e) {
                throw in.error(what + " is not valid " + charset.name() + " text");
            }
        }

        private void readValueLabels() throws DataFormatException {
            seek(11, "<value_labels>");
            while (true) {
                long at = in.position();
                byte[] next = in.bytes(5, "the value labels");
                String tag = new String(next, StandardCharsets.ISO_8859_1);
                if (tag.equals("</val")) {
                    in.seek(at, "</value_labels>");
                    in.expect("</value_labels>");
                    return;
                }
                if (!tag.equals("<lbl>")) {
                    throw new DataFormatException(in.file(), 0, null, "offset " + at + ": expected <lbl> or"
                            + " </value_labels> but found '" + DtaInput.printable(next) + "'");
                }
                long length = in.buffer(4, "a value-label table's length").getInt() & 0xffffffffL;
                byte[] nameBytes = in.bytes(nameLength, "a value-label table's name");
                String name = text(nameBytes, 0, nameLength, "a value-label table's name");
                in.bytes(3, "the padding of value-label table " + name);
                ByteBuffer table = in.buffer(length, "value-label table " + name);
                if (length < 8) {
                    throw in.error("value-label table " + name + " is " + length + " bytes long");
                }
                int n = table.getInt();
                int textLength = table.getInt();
                if (n < 0 || textLength < 0 || 8L + 8L * n + textLength != length) {
                    throw in.error("value-label table " + name + " declares " + n + " labels and " + textLength
                            + " bytes of text, which do not fit its " + length + " bytes");
                }
                int[] offsets = new int[n];
                for (int i = 0; i < n; i++) {
                    offsets[i] = table.getInt();
                }
                int[] values = new int[n];
                for (int i = 0; i < n; i++) {
                    values[i] = table.getInt();
                }
                byte[] texts = new byte[textLength];
                table.get(texts);
                Map<String, String> entries = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    if (offsets[i] < 0 || offsets[i] >= textLength) {
                        throw in.error("value-label table " + name + ": label " + (i + 1) + " starts at " + offsets[i]
                                + ", outside its " + textLength + " bytes of text");
                    }
                    entries.put(labelCode(values[i]), text(texts, offsets[i], textLength - offsets[i],
                            "label " + (i + 1) + " of value-label table " + name));
                }
                valueLabels.put(name, entries);
                in.expect("</lbl>");
            }
        }

        /** A labelled value: an integer, or .a to .z for Stata's extended missing values (2147483622 and up). */
        private String labelCode(int value) {
            if (value > 2147483621) {
                return "." + (char) ('a' + (value - 2147483622));
            }
            return Integer.toString(value);
        }

        private void readStrls() throws DataFormatException {
            boolean any = false;
            for (int type : types) {
                any |= type == STRL;
            }
            seek(10, "<strls>");
            if (!any) {
                return;
            }
            while (true) {
                long at = in.position();
                byte[] next = in.bytes(3, "the strLs");
                String tag = new String(next, StandardCharsets.ISO_8859_1);
                if (tag.equals("</s")) {
                    in.seek(at, "</strls>");
                    in.expect("</strls>");
                    return;
                }
                if (!tag.equals("GSO")) {
                    throw new DataFormatException(in.file(), 0, null, "offset " + at + ": expected GSO or </strls>"
                            + " but found '" + DtaInput.printable(next) + "'");
                }
                long v = in.uint32("a strL's variable");
                long o = release == 117 ? in.uint32("a strL's observation") : in.uint64("a strL's observation");
                int t = in.uint8("a strL's type");
                long length = in.uint32("a strL's length");
                byte[] content = in.bytes(length, "the strL (" + v + ", " + o + ")");
                int end = content.length;
                if (t == 130 && end > 0 && content[end - 1] == 0) {
                    end--;
                }
                String value;
                try {
                    value = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(content, 0, end)).toString();
                } catch (CharacterCodingException e) {
                    if (t == 129) {
                        throw new DataFormatException(in.file(), o, v >= 1 && v <= variableCount ? names[(int) v - 1]
                                : null, "observation " + o + ": the strL holds binary data, which cannot be a cell");
                    }
                    throw in.error("the strL of variable " + v + ", observation " + o + " is not valid "
                            + charset.name() + " text");
                }
                strls.computeIfAbsent(v, key -> new HashMap<>()).put(o, value);
            }
        }

        private void readData(Dataset.Builder builder) throws DataFormatException {
            int[] widths = new int[variableCount];
            long rowWidth = 0;
            for (int i = 0; i < variableCount; i++) {
                widths[i] = width(types[i]);
                rowWidth += widths[i];
            }
            seek(9, "<data>");
            if (rowWidth > 0 && observations > in.remaining() / rowWidth) {
                throw in.error("the header declares " + observations + " observations of " + rowWidth
                        + " bytes, but only " + in.remaining() + " bytes are left in the file (truncated file, or a"
                        + " corrupt count)");
            }
            if (rowWidth == 0 && observations > 0) {
                throw in.error("the header declares " + observations + " observations, but there are no variables");
            }
            byte[] row = new byte[(int) rowWidth];
            String[] cells = new String[variableCount];
            ByteBuffer buffer = ByteBuffer.wrap(row).order(in.order());
            for (long obs = 1; obs <= observations; obs++) {
                in.fill(row, "observation " + obs);
                int offset = 0;
                for (int i = 0; i < variableCount; i++) {
                    cells[i] = cell(buffer, row, offset, i, obs);
                    offset += widths[i];
                }
                builder.row(obs, cells);
            }
            in.expect("</data>");
        }

        private int width(int type) {
            return switch (type) {
                case DOUBLE, STRL -> 8;
                case FLOAT, LONG -> 4;
                case INT -> 2;
                case BYTE -> 1;
                default -> type;
            };
        }

        private String cell(ByteBuffer buffer, byte[] row, int offset, int variable, long obs)
                throws DataFormatException {
            switch (types[variable]) {
                case BYTE -> {
                    int value = row[offset];
                    return value <= 100 ? Integer.toString(value) : missing(value - 101);
                }
                case INT -> {
                    int value = buffer.getShort(offset);
                    return value <= 32740 ? Integer.toString(value) : missing(value - 32741);
                }
                case LONG -> {
                    int value = buffer.getInt(offset);
                    return value <= 2147483620 ? Integer.toString(value) : missing(value - 2147483621);
                }
                case FLOAT -> {
                    int bits = buffer.getInt(offset);
                    float value = Float.intBitsToFloat(bits);
                    if (Math.abs(value) <= LARGEST_FLOAT) {
                        return NumericText.format(Double.parseDouble(Float.toString(value)));
                    }
                    return bits >= 0x7f000000 && bits <= 0x7f00d000 ? missing((bits - 0x7f000000) >> 11) : null;
                }
                case DOUBLE -> {
                    long bits = buffer.getLong(offset);
                    double value = Double.longBitsToDouble(bits);
                    if (Math.abs(value) <= LARGEST_DOUBLE) {
                        return NumericText.format(value);
                    }
                    return bits >= 0x7fe0000000000000L && bits <= 0x7fe01a0000000000L
                            ? missing((int) ((bits - 0x7fe0000000000000L) >> 40)) : null;
                }
                case STRL -> {
                    long raw = buffer.getLong(offset);
                    long v;
                    long o;
                    boolean big = in.order() == ByteOrder.BIG_ENDIAN;
                    if (release == 117) {
                        v = buffer.getInt(offset) & 0xffffffffL;
                        o = buffer.getInt(offset + 4) & 0xffffffffL;
                    } else if (release == 118) {
                        v = big ? raw >>> 48 : raw & 0xffffL;
                        o = big ? raw & 0xffffffffffffL : raw >>> 16;
                    } else {
                        v = big ? raw >>> 40 : raw & 0xffffffL;
                        o = big ? raw & 0xffffffffffL : raw >>> 24;
                    }
                    if (v == 0 && o == 0) {
                        return "";
                    }
                    Map<Long, String> byObservation = strls.get(v);
                    String value = byObservation == null ? null : byObservation.get(o);
                    if (value == null && release == 119) {
                        // ReadStat (haven) writes format 119's pairs with format 118's layout (v in 2 bytes)
                        v = big ? raw >>> 48 : raw & 0xffffL;
                        o = big ? raw & 0xffffffffffffL : raw >>> 16;
                        byObservation = strls.get(v);
                        value = byObservation == null ? null : byObservation.get(o);
                    }
                    if (value == null) {
                        throw new DataFormatException(in.file(), obs, names[variable], "observation " + obs
                                + ": the strL (" + v + ", " + o + ") is not in the file's <strls>");
                    }
                    return value;
                }
                default -> {
                    try {
                        return text(row, offset, types[variable], "the string");
                    } catch (DataFormatException e) {
                        throw new DataFormatException(in.file(), obs, names[variable], "observation " + obs
                                + ": the string is not valid " + charset.name() + " text");
                    }
                }
            }
        }

        /** Index 0 is Stata's "." (a missing cell), 1 to 26 are .a to .z. */
        private String missing(int index) {
            return index >= 1 && index <= 26 ? "." + (char) ('a' + index - 1) : null;
        }

        private ColumnMetadata metadata(int variable) {
            int type = types[variable];
            String storage = switch (type) {
                case DOUBLE -> "double";
                case FLOAT -> "float";
                case LONG -> "long";
                case INT -> "int";
                case BYTE -> "byte";
                case STRL -> "strL";
                default -> "str" + type;
            };
            ColumnMetadata.Builder metadata = ColumnMetadata.builder().label(labels[variable]).storageType(storage);
            Map<String, String> table = valueLabels.get(labelNames[variable]);
            if (table != null && !labelNames[variable].isEmpty()) {
                table.forEach(metadata::valueLabel);
            }
            Set<String> codes = new LinkedHashSet<>();
            if (type >= DOUBLE) {
                for (char letter = 'a'; letter <= 'z'; letter++) {
                    codes.add("." + letter);
                }
            }
            codes.addAll(missingCodes);
            return metadata.missingValues(type >= DOUBLE ? MissingValues.of(new ArrayList<>(codes), List.of())
                    : MissingValues.ofText(new ArrayList<>(codes))).build();
        }
    }
}
