package org.synergos.data.spss;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.synergos.data.ColumnMetadata;
import org.synergos.data.DataFormatException;
import org.synergos.data.MissingValues;
import org.synergos.data.NumericText;
import org.synergos.data.spss.internal.SavCharsets;
import org.synergos.data.spss.internal.SavInput;

/** The header and the dictionary records up to the termination record. */
final class SavDictionary {
    static final int MAX_LABEL = 64 * 1024;
    static final int MAX_EXTENSION = 256 * 1024 * 1024;
    static final int MAX_VALUE_LABELS = 10_000_000;

    static final class VariableRecord {
        int type;
        String shortName;
        byte[] label;
        int missingCount;
        byte[][] missing;
        int print;
        long offset;
    }

    static final class ValueLabelSet {
        final List<byte[]> values = new ArrayList<>();
        final List<byte[]> labels = new ArrayList<>();
        long offset;
    }

    final SavInput in;
    boolean zlib;
    int compression;
    int declaredCases;
    double bias;
    int declaredSlots;
    final List<VariableRecord> records = new ArrayList<>();
    final List<ValueLabelSet> valueLabelSets = new ArrayList<>();
    final List<int[]> valueLabelTargets = new ArrayList<>();
    byte[] longNames;
    byte[] veryLongStrings;
    byte[] longStringLabels;
    byte[] longStringMissing;
    int[] display;
    String encodingName;
    int codePage;
    double sysmis = -Double.MAX_VALUE;
    double highest = Double.MAX_VALUE;
    double lowest = Math.nextUp(-Double.MAX_VALUE);
    Charset charset;
    List<SavVariable> variables;

    SavDictionary(SavInput in) {
        this.in = in;
    }

    void readHeader() throws DataFormatException {
        long size = in.remaining();
        byte[] magic = in.bytes(Math.min(4, size), "the file header");
        String text = new String(magic, StandardCharsets.ISO_8859_1);
        if (text.equals("$FL3")) {
            zlib = true;
        } else if (!text.equals("$FL2")) {
            throw new DataFormatException(in.file(), 0, null, "offset 0: not an SPSS system file: it starts with '"
                    + SavDatasetReader.printable(magic) + "', not '$FL2' or '$FL3'");
        }
        if (size < 176) {
            throw new DataFormatException(in.file(), 0, null, "offset 0: the file has " + size + " bytes, fewer"
                    + " than an SPSS system file's 176-byte header (truncated file)");
        }
        in.skip(60, "the product name");
        byte[] layout = in.bytes(4, "the layout code");
        int little = ByteBuffer.wrap(layout).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int big = ByteBuffer.wrap(layout).order(ByteOrder.BIG_ENDIAN).getInt();
        if (little == 2 || little == 3) {
            in.order(ByteOrder.LITTLE_ENDIAN);
        } else if (big == 2 || big == 3) {
            in.order(ByteOrder.BIG_ENDIAN);
        } else {
            throw new DataFormatException(in.file(), 0, null, "offset 64: the layout code is neither 2 nor 3 in"
                    + " either byte order, so the byte order cannot be told (corrupt header)");
        }
        declaredSlots = in.int32("the nominal case size");
        compression = in.int32("the compression code");
        if (compression < 0 || compression > 2 || (compression == 2) != zlib) {
            throw in.error("compression code " + compression + " does not fit a '" + text
                    + "' file (0 none, 1 bytecode for $FL2, 2 zlib for $FL3)");
        }
        in.int32("the weight index");
        declaredCases = in.int32("the number of cases");
        bias = in.float64("the compression bias");
        in.skip(9 + 8 + 64 + 3, "the creation date, time and file label");
    }

    void readRecords() throws DataFormatException {
        while (true) {
            long start = in.offset();
            int type = in.int32("a record type");
            switch (type) {
                case 2 -> readVariable(start);
                case 3 -> readValueLabels(start);
                case 4 -> throw new DataFormatException(in.file(), 0, null, "offset " + start
                        + ": a value-label variables record (type 4) not preceded by a value-label record (type 3)");
                case 6 -> {
                    int lines = in.int32("the number of document lines");
                    in.skip(80L * lines, "the document record (" + lines + " lines of 80 bytes)");
                }
                case 7 -> readExtension(start);
                case 999 -> {
                    in.int32("the dictionary termination record");
                    finish();
                    return;
                }
                default -> throw new DataFormatException(in.file(), 0, null, "offset " + start
                        + ": unknown record type " + type + " in the dictionary (corrupt or not a system file)");
            }
        }
    }

    private void readVariable(long start) throws DataFormatException {
        VariableRecord record = new VariableRecord();
        record.offset = start;
        record.type = in.int32("variable record " + (records.size() + 1));
        if (record.type < -1 || record.type > 255) {
            throw in.error("variable record " + (records.size() + 1) + " has type " + record.type
                    + " (0 numeric, 1 to 255 string width, -1 continuation)");
        }
        int hasLabel = in.int32("variable record's label flag");
        record.missingCount = in.int32("variable record's missing-value count");
        record.print = in.int32("variable record's print format");
        in.int32("variable record's write format");
        record.shortName = new String(in.bytes(8, "variable record's name"), StandardCharsets.ISO_8859_1).trim();
        if (hasLabel == 1) {
            int length = in.int32("a variable label's length");
            if (length < 0 || length > MAX_LABEL) {
                throw in.error("variable " + record.shortName + " declares a label of " + length
                        + " bytes (at most " + MAX_LABEL + ")");
            }
            byte[] padded = in.bytes((length + 3) / 4 * 4L, "variable " + record.shortName + "'s label");
            record.label = java.util.Arrays.copyOf(padded, length);
        } else if (hasLabel != 0) {
            throw in.error("variable " + record.shortName + " has label flag " + hasLabel + " (0 or 1)");
        }
        int count = Math.abs(record.missingCount);
        if (count > 3 || record.missingCount == -1) {
            throw in.error("variable " + record.shortName + " declares " + record.missingCount
                    + " missing values (0 to 3, -2 a range, -3 a range and a value)");
        }
        record.missing = new byte[count][];
        for (int i = 0; i < count; i++) {
            record.missing[i] = in.bytes(8, "variable " + record.shortName + "'s missing values");
        }
        records.add(record);
    }

    private void readValueLabels(long start) throws DataFormatException {
        ValueLabelSet set = new ValueLabelSet();
        set.offset = start;
        int count = in.int32("the number of value labels");
        // every label takes at least 16 bytes: refuse counts the file cannot hold before reading them
        if (count < 0 || count > MAX_VALUE_LABELS || count * 16L > in.remaining()) {
            throw in.error("the value-label record at offset " + start + " declares " + count
                    + " labels, more than the " + in.remaining() + " bytes left in the file can hold");
        }
        for (int i = 0; i < count; i++) {
            set.values.add(in.bytes(8, "value label " + (i + 1) + "'s value"));
            int length = in.uint8("value label " + (i + 1) + "'s length");
            byte[] padded = in.bytes((length + 8) / 8 * 8L - 1, "value label " + (i + 1));
            set.labels.add(java.util.Arrays.copyOf(padded, length));
        }
        long typeOffset = in.offset();
        int type = in.int32("the value-label variables record");
        if (type != 4) {
            throw new DataFormatException(in.file(), 0, null, "offset " + typeOffset + ": record type " + type
                    + " follows the value-label record at offset " + start + ", which must be followed by type 4");
        }
        int variables = in.int32("the number of labelled variables");
        if (variables < 0 || variables * 4L > in.remaining()) {
            throw in.error("the value-label variables record declares " + variables + " variables, more than"
                    + " the file holds");
        }
        int[] targets = new int[variables];
        for (int i = 0; i < variables; i++) {
            targets[i] = in.int32("a labelled variable's index");
        }
        valueLabelSets.add(set);
        valueLabelTargets.add(targets);
    }

    private void readExtension(long start) throws DataFormatException {
        int subtype = in.int32("an extension record's subtype");
        int size = in.int32("extension record " + subtype + "'s element size");
        int count = in.int32("extension record " + subtype + "'s element count");
        long length = (long) size * count;
        if (size < 0 || count < 0 || length > in.remaining() || length > MAX_EXTENSION) {
            throw new DataFormatException(in.file(), 0, null, "offset " + start + ": extension record (type 7,"
                    + " subtype " + subtype + ") declares " + count + " elements of " + size + " bytes, more than"
                    + " the " + in.remaining() + " bytes left in the file");
        }
        switch (subtype) {
            case 3 -> {
                byte[] data = in.bytes(length, "the machine integer record");
                if (size == 4 && count >= 8) {
                    codePage = ByteBuffer.wrap(data).order(in.order()).getInt(28);
                }
            }
            case 4 -> {
                byte[] data = in.bytes(length, "the machine floating-point record");
                if (size == 8 && count >= 3) {
                    ByteBuffer buffer = ByteBuffer.wrap(data).order(in.order());
                    sysmis = buffer.getDouble(0);
                    highest = buffer.getDouble(8);
                    lowest = buffer.getDouble(16);
                }
            }
            case 11 -> {
                if (size != 4) {
                    in.skip(length, "the variable display record");
                    return;
                }
                ByteBuffer buffer = ByteBuffer.wrap(in.bytes(length, "the variable display record"))
                        .order(in.order());
                display = new int[count];
                for (int i = 0; i < count; i++) {
                    display[i] = buffer.getInt();
                }
            }
            case 13 -> longNames = in.bytes(length, "the long variable names record");
            case 14 -> veryLongStrings = in.bytes(length, "the very long strings record");
            case 20 -> encodingName = new String(in.bytes(length, "the character encoding record"),
                    StandardCharsets.US_ASCII).trim();
            case 21 -> longStringLabels = in.bytes(length, "the long string value labels record");
            case 22 -> longStringMissing = in.bytes(length, "the long string missing values record");
            default -> in.skip(length, "extension record subtype " + subtype);
        }
    }

    /** Resolves the encoding and turns the records into variables. */
    private void finish() throws DataFormatException {
        charset = resolveCharset();
        List<SavVariable> list = new ArrayList<>();
        Map<String, SavVariable> byShortName = new HashMap<>();
        int slot = 0;
        for (int i = 0; i < records.size(); i++) {
            VariableRecord record = records.get(i);
            if (record.type == -1) {
                throw new DataFormatException(in.file(), 0, null, "offset " + record.offset + ": variable record "
                        + (i + 1) + " continues a string, but no string variable precedes it");
            }
            int slots = record.type == 0 ? 1 : (record.type + 7) / 8;
            for (int k = 1; k < slots; k++) {
                if (i + k >= records.size() || records.get(i + k).type != -1) {
                    throw new DataFormatException(in.file(), 0, null, "offset " + record.offset + ": string"
                            + " variable " + record.shortName + " of width " + record.type + " needs " + slots
                            + " variable records, but the continuation records are missing");
                }
            }
            SavVariable variable = new SavVariable();
            variable.shortName = record.shortName;
            variable.name = decode(record.shortName.getBytes(StandardCharsets.ISO_8859_1), "a variable name");
            variable.width = record.type;
            variable.firstSlot = slot;
            variable.segments.add(new int[] { slot, record.type });
            variable.label = record.label == null ? null : decode(record.label, "variable " + record.shortName
                    + "'s label");
            variable.print = record.print;
            readMissing(variable, record);
            list.add(variable);
            byShortName.put(variable.shortName.toUpperCase(Locale.ROOT), variable);
            slot += slots;
            i += slots - 1;
        }
        if (declaredSlots >= 0 && declaredSlots != slot) {
            throw in.error("the header declares " + declaredSlots + " 8-byte slots per case, but the variable"
                    + " records describe " + slot);
        }
        boolean perSegment = applyDisplay(list);
        list = joinVeryLongStrings(list, byShortName);
        if (!perSegment) {
            applyDisplay(list);
        }
        applyValueLabels(list);
        applyLongNames(list, byShortName);
        applyLongStringLabels(list);
        applyLongStringMissing(list);
        Set<String> seen = new java.util.HashSet<>();
        for (SavVariable variable : list) {
            if (!seen.add(variable.name)) {
                throw in.error("two variables are named '" + variable.name + "'");
            }
        }
        this.variables = list;
        this.slotsPerCase = slot;
    }

    int slotsPerCase;

    List<SavVariable> variables() {
        return variables;
    }

    private Charset resolveCharset() throws DataFormatException {
        if (encodingName != null && !encodingName.isEmpty()) {
            return SavCharsets.byName(encodingName).orElseThrow(() -> in.error("the file's character encoding '"
                    + encodingName + "' (record 7, subtype 20) is not supported by this Java runtime"));
        }
        if (codePage > 0) {
            if (codePage == 1) {
                throw in.error("the file is in EBCDIC (code 1 in record 7, subtype 3), which is not supported");
            }
            return SavCharsets.byCodePage(codePage).orElseThrow(() -> in.error("the file's code page " + codePage
                    + " (record 7, subtype 3) is not supported by this Java runtime"));
        }
        return Charset.forName("windows-1252");
    }

    private void readMissing(SavVariable variable, VariableRecord record) throws DataFormatException {
        if (record.missing.length == 0) {
            return;
        }
        if (variable.isString()) {
            if (record.missingCount < 0) {
                throw in.error("string variable " + record.shortName + " declares a missing-value range");
            }
            for (byte[] value : record.missing) {
                variable.missingCodes.add(SavDatasetReader.stripBlanks(decode(value, "variable " + record.shortName
                        + "'s missing value")));
            }
            return;
        }
        ByteBuffer[] values = new ByteBuffer[record.missing.length];
        int first = 0;
        if (record.missingCount < 0) {
            double low = ByteBuffer.wrap(record.missing[0]).order(in.order()).getDouble();
            double high = ByteBuffer.wrap(record.missing[1]).order(in.order()).getDouble();
            low = low <= lowest || low == -Double.MAX_VALUE ? Double.NEGATIVE_INFINITY : low;
            high = high >= highest ? Double.POSITIVE_INFINITY : high;
            if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
                throw in.error("variable " + record.shortName + " declares the missing-value range " + low
                        + " THRU " + high);
            }
            variable.missingRanges.add(new MissingValues.Range(low, high));
            first = 2;
        }
        for (int i = first; i < values.length; i++) {
            double value = ByteBuffer.wrap(record.missing[i]).order(in.order()).getDouble();
            if (Double.isFinite(value) && value != sysmis) {
                variable.missingCodes.add(NumericText.format(value));
            }
        }
    }

    /**
     * Record 7 subtype 11: 3 (or, from old writers, 2) integers per variable, the first the measure. SPSS
     * counts each segment of a very long string; some writers count the variable once: both are accepted.
     */
    private boolean applyDisplay(List<SavVariable> list) {
        if (display == null || list.isEmpty() || display.length % list.size() != 0) {
            return false;
        }
        int per = display.length / list.size();
        if (per != 2 && per != 3) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            list.get(i).measure = switch (display[i * per]) {
                case 1 -> ColumnMetadata.Measure.NOMINAL;
                case 2 -> ColumnMetadata.Measure.ORDINAL;
                case 3 -> ColumnMetadata.Measure.SCALE;
                default -> null;
            };
        }
        return true;
    }

    /** Record 7 subtype 14: "SHORT=00600" entries; the segments that follow the first are merged into it. */
    private List<SavVariable> joinVeryLongStrings(List<SavVariable> list, Map<String, SavVariable> byShortName)
            throws DataFormatException {
        if (veryLongStrings == null) {
            return list;
        }
        List<SavVariable> result = new ArrayList<>(list);
        for (String entry : new String(veryLongStrings, StandardCharsets.ISO_8859_1).split("\t")) {
            entry = entry.replace("\0", "").trim();
            if (entry.isEmpty()) {
                continue;
            }
            int equals = entry.indexOf('=');
            SavVariable variable = equals < 0 ? null : byShortName.get(entry.substring(0, equals).toUpperCase(Locale.ROOT));
            if (variable == null) {
                throw in.error("the very long strings record names '" + entry + "', which is no string variable");
            }
            int width;
            try {
                width = Integer.parseInt(entry.substring(equals + 1).trim());
            } catch (NumberFormatException e) {
                throw in.error("the very long strings record gives '" + entry + "' no number as its width");
            }
            int segments = (width + 251) / 252;
            int index = result.indexOf(variable);
            if (width < 256 || index + segments > result.size()) {
                throw in.error("the very long strings record gives " + variable.shortName + " the width " + width
                        + ", which needs " + segments + " segments, but "
                        + (width < 256 ? "a very long string is wider than 255 bytes"
                                : "only " + (result.size() - index) + " variables follow"));
            }
            for (int k = 1; k < segments; k++) {
                SavVariable segment = result.remove(index + 1);
                if (!segment.isString()) {
                    throw in.error("segment " + (k + 1) + " of very long string " + variable.shortName
                            + " is numeric variable " + segment.shortName);
                }
                variable.segments.add(segment.segments.get(0));
                byShortName.remove(segment.shortName.toUpperCase(Locale.ROOT));
            }
            variable.width = width;
        }
        return result;
    }

    private void applyValueLabels(List<SavVariable> list) throws DataFormatException {
        Map<Integer, SavVariable> bySlot = new HashMap<>();
        for (SavVariable variable : list) {
            bySlot.put(variable.firstSlot + 1, variable);
        }
        for (int s = 0; s < valueLabelSets.size(); s++) {
            ValueLabelSet set = valueLabelSets.get(s);
            for (int index : valueLabelTargets.get(s)) {
                SavVariable variable = bySlot.get(index);
                if (variable == null) {
                    throw new DataFormatException(in.file(), 0, null, "offset " + set.offset + ": value labels"
                            + " name dictionary index " + index + ", which is no variable's first slot");
                }
                if (variable.isString() && variable.width > 8) {
                    throw new DataFormatException(in.file(), 0, null, "offset " + set.offset + ": value labels"
                            + " for string variable " + variable.shortName + " wider than 8 bytes belong in"
                            + " record 7, subtype 21");
                }
                for (int i = 0; i < set.values.size(); i++) {
                    String code = variable.isString()
                            ? SavDatasetReader.stripBlanks(decode(set.values.get(i), "a value label's value"))
                            : numberCode(set.values.get(i));
                    if (code != null) {
                        variable.valueLabels.put(code, decode(set.labels.get(i), "variable " + variable.shortName
                                + "'s value label"));
                    }
                }
            }
        }
    }

    private String numberCode(byte[] value) {
        double number = ByteBuffer.wrap(value).order(in.order()).getDouble();
        return Double.isFinite(number) && number != sysmis ? NumericText.format(number) : null;
    }

    private void applyLongNames(List<SavVariable> list, Map<String, SavVariable> byShortName) throws DataFormatException {
        if (longNames == null) {
            return;
        }
        // short names are kept byte for byte (ISO-8859-1): SPSS cuts them after 8 bytes, inside a character
        for (String entry : new String(longNames, StandardCharsets.ISO_8859_1).split("\t")) {
            if (entry.isEmpty()) {
                continue;
            }
            int equals = entry.indexOf('=');
            SavVariable variable = equals < 0 ? null : byShortName.get(entry.substring(0, equals).toUpperCase(Locale.ROOT));
            if (variable == null) {
                throw in.error("the long variable names record names '" + decode(
                        entry.getBytes(StandardCharsets.ISO_8859_1), "a long variable name") + "', which is no variable");
            }
            String name = decode(entry.substring(equals + 1).getBytes(StandardCharsets.ISO_8859_1),
                    "the long name of variable " + variable.name);
            if (name.isBlank()) {
                throw in.error("the long variable names record gives " + variable.shortName + " an empty name");
            }
            variable.name = name;
        }
    }

    private SavVariable byName(List<SavVariable> list, String name) {
        for (SavVariable variable : list) {
            if (variable.name.equals(name) || variable.shortName.equalsIgnoreCase(name)) {
                return variable;
            }
        }
        return null;
    }

    /** Record 7 subtype 21: value labels of strings wider than 8 bytes. */
    private void applyLongStringLabels(List<SavVariable> list) throws DataFormatException {
        if (longStringLabels == null) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(longStringLabels).order(in.order());
        while (buffer.hasRemaining()) {
            String name = decode(chunk(buffer, "long string value labels"), "long string value labels");
            SavVariable variable = byName(list, name);
            int width = int32(buffer, "long string value labels");
            int count = int32(buffer, "long string value labels");
            if (variable == null || !variable.isString()) {
                throw in.error("the long string value labels record names '" + name + "', which is no string"
                        + " variable");
            }
            if (count < 0 || width < 0) {
                throw in.error("the long string value labels of " + name + " declare " + count + " labels");
            }
            for (int i = 0; i < count; i++) {
                String value = SavDatasetReader.stripBlanks(decode(chunk(buffer, "long string value labels"), "a value of " + name));
                variable.valueLabels.put(value, decode(chunk(buffer, "long string value labels"),
                        "a value label of " + name));
            }
        }
    }

    /** Record 7 subtype 22: missing values of strings wider than 8 bytes. */
    private void applyLongStringMissing(List<SavVariable> list) throws DataFormatException {
        if (longStringMissing == null) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(longStringMissing).order(in.order());
        while (buffer.hasRemaining()) {
            String name = decode(chunk(buffer, "long string missing values"), "long string missing values");
            SavVariable variable = byName(list, name);
            if (!buffer.hasRemaining()) {
                throw in.error("the long string missing values record ends after the name " + name);
            }
            int count = buffer.get() & 0xff;
            int length = int32(buffer, "long string missing values");
            if (variable == null || !variable.isString() || count > 3 || length < 0
                    || (long) count * length > buffer.remaining()) {
                throw in.error("the long string missing values record declares " + count + " values of " + length
                        + " bytes for '" + name + "' (a string variable, at most 3 values)");
            }
            for (int i = 0; i < count; i++) {
                byte[] value = new byte[length];
                buffer.get(value);
                variable.missingCodes.add(SavDatasetReader.stripBlanks(decode(value, "a missing value of " + name)));
            }
        }
    }

    private int int32(ByteBuffer buffer, String what) throws DataFormatException {
        if (buffer.remaining() < 4) {
            throw in.error("the " + what + " record ends inside a number");
        }
        return buffer.getInt();
    }

    private byte[] chunk(ByteBuffer buffer, String what) throws DataFormatException {
        int length = int32(buffer, what);
        if (length < 0 || length > buffer.remaining()) {
            throw in.error("the " + what + " record declares a string of " + length + " bytes, but only "
                    + buffer.remaining() + " are left in it");
        }
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    String decode(byte[] bytes, String what) throws DataFormatException {
        try {
            return SavDatasetReader.Text.decode(charset, bytes, bytes.length);
        } catch (CharacterCodingException e) {
            throw in.error(what + " is not valid " + charset.name() + " text");
        }
    }
}

