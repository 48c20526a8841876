package org.synergos.data.spss;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small uncompressed system files byte for byte as the PSPP manual's "System File Format" lays them
 * out, for what haven cannot write (another encoding than UTF-8, big-endian files) and for hostile files
 * (each size or count can be overridden). Numeric variables and strings up to 8 bytes; long names in
 * record 7 subtype 13; the encoding as a code page (7.3) and/or a name (7.20).
 */
final class SavWriter {

    record Var(String name, int width, String label, Map<Double, String> valueLabels, double[] missing) {
    }

    private final Charset charset;
    private final List<Var> vars = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    String magic = "$FL2";
    Integer codePage;
    String encodingName;
    Integer declaredSlots;
    Integer declaredCases;
    Integer valueLabelCountOverride;
    Integer extensionCountOverride;
    Integer labelLengthOverride;
    /** Bytecode compression (compression code 1, bias 100) instead of uncompressed cases. */
    boolean compressed;

    SavWriter(Charset charset) {
        this.charset = charset;
    }

    SavWriter numeric(String name, String label, Map<Double, String> valueLabels, double... missing) {
        vars.add(new Var(name, 0, label, valueLabels, missing));
        return this;
    }

    SavWriter string(String name, int width, String label) {
        if (width < 1 || width > 8) {
            throw new IllegalArgumentException("width " + width);
        }
        vars.add(new Var(name, width, label, Map.of(), new double[0]));
        return this;
    }

    /** A case: Double (NaN = system-missing) for numeric variables, String for strings. */
    SavWriter row(Object... cells) {
        rows.add(cells);
        return this;
    }

    byte[] bytes() {
        Out out = new Out(order);
        out.ascii(magic);
        out.fixed("@(#) SPSS DATA FILE - Synergos test writer".getBytes(StandardCharsets.US_ASCII), 60);
        out.int32(2);
        out.int32(declaredSlots != null ? declaredSlots : vars.size());
        out.int32(compressed ? 1 : 0);
        out.int32(0);
        out.int32(declaredCases != null ? declaredCases : rows.size());
        out.float64(100.0);
        out.fixed("08 Dec 26".getBytes(StandardCharsets.US_ASCII), 9);
        out.fixed("01:00:00".getBytes(StandardCharsets.US_ASCII), 8);
        out.fixed(new byte[0], 64 + 3);
        StringBuilder longNames = new StringBuilder();
        for (int i = 0; i < vars.size(); i++) {
            Var var = vars.get(i);
            String shortName = "V" + (i + 1);
            out.int32(2);
            out.int32(var.width);
            out.int32(var.label != null ? 1 : 0);
            out.int32(var.missing.length);
            int format = var.width == 0 ? (5 << 16) | (8 << 8) | 2 : (1 << 16) | (var.width << 8);
            out.int32(format);
            out.int32(format);
            out.fixed(shortName.getBytes(StandardCharsets.US_ASCII), 8);
            if (var.label != null) {
                byte[] label = var.label.getBytes(charset);
                out.int32(labelLengthOverride != null ? labelLengthOverride : label.length);
                out.fixed(label, (label.length + 3) / 4 * 4);
            }
            for (double value : var.missing) {
                out.float64(value);
            }
            if (longNames.length() > 0) {
                longNames.append('\t');
            }
            longNames.append(shortName).append('=').append(var.name);
        }
        for (int i = 0; i < vars.size(); i++) {
            Map<Double, String> labels = vars.get(i).valueLabels;
            if (labels.isEmpty()) {
                continue;
            }
            out.int32(3);
            out.int32(valueLabelCountOverride != null ? valueLabelCountOverride : labels.size());
            for (Map.Entry<Double, String> entry : labels.entrySet()) {
                out.float64(entry.getKey());
                byte[] label = entry.getValue().getBytes(charset);
                out.bytes(new byte[] { (byte) label.length });
                out.fixed(label, (label.length + 8) / 8 * 8 - 1);
            }
            out.int32(4);
            out.int32(1);
            out.int32(i + 1);
        }
        if (codePage != null) {
            out.int32(7);
            out.int32(3);
            out.int32(4);
            out.int32(extensionCountOverride != null ? extensionCountOverride : 8);
            int endian = order == ByteOrder.LITTLE_ENDIAN ? 2 : 1;
            for (int value : new int[] { 20, 0, 0, -1, 1, 1, endian, codePage }) {
                out.int32(value);
            }
        }
        byte[] names = longNames.toString().getBytes(charset);
        out.int32(7);
        out.int32(13);
        out.int32(1);
        out.int32(names.length);
        out.bytes(names);
        if (encodingName != null) {
            byte[] name = encodingName.getBytes(StandardCharsets.US_ASCII);
            out.int32(7);
            out.int32(20);
            out.int32(1);
            out.int32(name.length);
            out.bytes(name);
        }
        out.int32(999);
        out.int32(0);
        Bytecode bytecode = new Bytecode(out);
        for (Object[] row : rows) {
            for (int i = 0; i < vars.size(); i++) {
                if (vars.get(i).width == 0) {
                    double value = (Double) row[i];
                    if (!compressed) {
                        out.float64(Double.isNaN(value) ? -Double.MAX_VALUE : value);
                    } else if (Double.isNaN(value)) {
                        bytecode.code(255, null);
                    } else if (value == Math.rint(value) && value >= -99 && value <= 151) {
                        bytecode.code((int) value + 100, null);
                    } else {
                        bytecode.code(253, ByteBuffer.allocate(8).order(order).putDouble(value).array());
                    }
                } else {
                    byte[] text = ((String) row[i]).getBytes(charset);
                    byte[] padded = Arrays.copyOf(text, 8);
                    Arrays.fill(padded, text.length, 8, (byte) ' ');
                    if (!compressed) {
                        out.bytes(padded);
                    } else {
                        bytecode.code(text.length == 0 ? 254 : 253, text.length == 0 ? null : padded);
                    }
                }
            }
        }
        if (compressed) {
            bytecode.code(252, null);
            bytecode.flush();
        }
        return out.toByteArray();
    }

    static Map<Double, String> labels(Object... codesAndLabels) {
        Map<Double, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            labels.put(((Number) codesAndLabels[i]).doubleValue(), (String) codesAndLabels[i + 1]);
        }
        return labels;
    }

    /** Groups of 8 command bytes, each followed by the raw 8-byte values its 253 codes announce. */
    private static final class Bytecode {
        private final Out out;
        private final byte[] commands = new byte[8];
        private final List<byte[]> raw = new ArrayList<>();
        private int used;

        Bytecode(Out out) {
            this.out = out;
        }

        void code(int code, byte[] value) {
            commands[used++] = (byte) code;
            if (value != null) {
                raw.add(value);
            }
            if (used == 8) {
                flush();
            }
        }

        void flush() {
            if (used == 0) {
                return;
            }
            Arrays.fill(commands, used, 8, (byte) 0);
            out.bytes(commands);
            raw.forEach(out::bytes);
            raw.clear();
            used = 0;
        }
    }

    private static final class Out extends ByteArrayOutputStream {
        private final ByteOrder order;

        Out(ByteOrder order) {
            this.order = order;
        }

        void int32(int value) {
            bytes(ByteBuffer.allocate(4).order(order).putInt(value).array());
        }

        void float64(double value) {
            bytes(ByteBuffer.allocate(8).order(order).putDouble(value).array());
        }

        void ascii(String text) {
            bytes(text.getBytes(StandardCharsets.US_ASCII));
        }

        void bytes(byte[] data) {
            write(data, 0, data.length);
        }

        /** The bytes padded with blanks (or cut) to the length. */
        void fixed(byte[] data, int length) {
            byte[] padded = Arrays.copyOf(data, length);
            Arrays.fill(padded, Math.min(data.length, length), length, (byte) ' ');
            bytes(padded);
        }
    }
}
