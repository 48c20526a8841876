package org.synergos.data.stata;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes small .dta files of format 118 or 117 byte for byte as Stata's "dta" documentation lays them out,
 * for what haven does not write (big-endian files, byte/int/float storage, format 119's strL layout) and for
 * hostile files: each variable has a storage type code and cells are given as raw numbers (or strings), so
 * Stata's missing value encodings can be written directly. strL cells are written as (v,o) pairs in the
 * release's layout (117: 4+4 bytes, 118: v in 2 and o in 6, 119: v in 3 and o in 5) with a GSO each; one
 * value-label table at most.
 */
final class DtaWriter {

    static final int DOUBLE = 65526;
    static final int FLOAT = 65527;
    static final int LONG = 65528;
    static final int INT = 65529;
    static final int BYTE = 65530;
    static final int STRL = 32768;

    private final int release;
    private final ByteOrder order;
    private final List<String> names = new ArrayList<>();
    private final List<Integer> types = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    /** One value-label table named "lbl", attached to the variables whose label name is "lbl". */
    private final List<String> labelNames = new ArrayList<>();
    private int[] labelValues = new int[0];
    private String[] labelTexts = new String[0];
    Long declaredObservations;
    Integer declaredVariables;
    String release3;

    DtaWriter(int release, ByteOrder order) {
        this.release = release;
        this.order = order;
    }

    DtaWriter variable(String name, int type, String label, boolean labelled) {
        names.add(name);
        types.add(type);
        labels.add(label);
        labelNames.add(labelled ? "lbl" : "");
        return this;
    }

    DtaWriter valueLabels(int[] values, String[] texts) {
        this.labelValues = values;
        this.labelTexts = texts;
        return this;
    }

    /** Cells: Number for numeric types (written as the raw type), String for str#; a byte[] writes raw bytes. */
    DtaWriter row(Object... cells) {
        rows.add(cells);
        return this;
    }

    byte[] bytes() {
        int nameLength = release == 117 ? 33 : 129;
        Out out = new Out(order);
        long[] map = new long[14];
        out.ascii("<stata_dta><header><release>" + (release3 != null ? release3 : Integer.toString(release))
                + "</release><byteorder>" + (order == ByteOrder.BIG_ENDIAN ? "MSF" : "LSF") + "</byteorder><K>");
        int k = declaredVariables != null ? declaredVariables : names.size();
        out.number(release == 119 ? 4 : 2, k);
        out.ascii("</K><N>");
        long n = declaredObservations != null ? declaredObservations : rows.size();
        out.number(release == 117 ? 4 : 8, n);
        out.ascii("</N><label>");
        out.number(release == 117 ? 1 : 2, 0);
        out.ascii("</label><timestamp>");
        out.number(1, 0);
        out.ascii("</timestamp></header>");
        map[1] = out.size();
        out.ascii("<map>");
        int mapAt = out.size();
        out.bytes(new byte[14 * 8]);
        out.ascii("</map>");
        map[2] = out.size();
        out.ascii("<variable_types>");
        for (int type : types) {
            out.number(2, type);
        }
        out.ascii("</variable_types>");
        map[3] = out.size();
        out.ascii("<varnames>");
        names.forEach(name -> out.fixed(name, nameLength));
        out.ascii("</varnames>");
        map[4] = out.size();
        out.ascii("<sortlist>");
        out.bytes(new byte[(release == 119 ? 4 : 2) * (names.size() + 1)]);
        out.ascii("</sortlist>");
        map[5] = out.size();
        out.ascii("<formats>");
        for (int type : types) {
            out.fixed(type <= 2045 ? "%" + type + "s" : type == STRL ? "%9s" : "%9.0g", release == 117 ? 49 : 57);
        }
        out.ascii("</formats>");
        map[6] = out.size();
        out.ascii("<value_label_names>");
        labelNames.forEach(name -> out.fixed(name, nameLength));
        out.ascii("</value_label_names>");
        map[7] = out.size();
        out.ascii("<variable_labels>");
        labels.forEach(label -> out.fixed(label == null ? "" : label, release == 117 ? 81 : 321));
        out.ascii("</variable_labels>");
        map[8] = out.size();
        out.ascii("<characteristics></characteristics>");
        map[9] = out.size();
        out.ascii("<data>");
        List<Object[]> strls = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            for (int i = 0; i < types.size(); i++) {
                int type = types.get(i);
                Object cell = row[i];
                if (cell instanceof byte[] raw) {
                    out.bytes(raw);
                } else if (type == STRL) {
                    long v = i + 1;
                    long o = r + 1;
                    strls.add(new Object[] { v, o, cell });
                    if (release == 117) {
                        out.number(4, v);
                        out.number(4, o);
                    } else {
                        int vBytes = release == 118 ? 2 : 3;
                        long packed = order == ByteOrder.LITTLE_ENDIAN ? v | (o << (8 * vBytes))
                                : (v << (8 * (8 - vBytes))) | o;
                        out.number(8, packed);
                    }
                } else if (type <= 2045) {
                    out.fixed((String) cell, type);
                } else {
                    Number number = (Number) cell;
                    switch (type) {
                        case BYTE -> out.number(1, number.intValue());
                        case INT -> out.number(2, number.intValue());
                        case LONG -> out.number(4, number.intValue());
                        case FLOAT -> out.number(4, Float.floatToRawIntBits(number.floatValue()));
                        default -> out.number(8, Double.doubleToRawLongBits(number.doubleValue()));
                    }
                }
            }
        }
        out.ascii("</data>");
        map[10] = out.size();
        out.ascii("<strls>");
        for (Object[] strl : strls) {
            byte[] content = ((String) strl[2]).getBytes(StandardCharsets.UTF_8);
            out.ascii("GSO");
            out.number(4, (Long) strl[0]);
            out.number(release == 117 ? 4 : 8, (Long) strl[1]);
            out.number(1, 130);
            out.number(4, content.length + 1);
            out.bytes(content);
            out.number(1, 0);
        }
        out.ascii("</strls>");
        map[11] = out.size();
        out.ascii("<value_labels>");
        if (labelValues.length > 0) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            int[] offsets = new int[labelTexts.length];
            for (int i = 0; i < labelTexts.length; i++) {
                offsets[i] = text.size();
                byte[] bytes = labelTexts[i].getBytes(StandardCharsets.UTF_8);
                text.write(bytes, 0, bytes.length);
                text.write(0);
            }
            out.ascii("<lbl>");
            out.number(4, 8 + 8 * labelValues.length + text.size());
            out.fixed("lbl", nameLength);
            out.bytes(new byte[3]);
            out.number(4, labelValues.length);
            out.number(4, text.size());
            for (int offset : offsets) {
                out.number(4, offset);
            }
            for (int value : labelValues) {
                out.number(4, value);
            }
            out.bytes(text.toByteArray());
            out.ascii("</lbl>");
        }
        out.ascii("</value_labels>");
        map[12] = out.size();
        out.ascii("</stata_dta>");
        map[13] = out.size();
        byte[] bytes = out.toByteArray();
        ByteBuffer patch = ByteBuffer.wrap(bytes).order(order);
        for (int i = 0; i < 14; i++) {
            patch.putLong(mapAt + 8 * i, map[i]);
        }
        return bytes;
    }

    private static final class Out extends ByteArrayOutputStream {
        private final ByteOrder order;

        Out(ByteOrder order) {
            this.order = order;
        }

        void number(int width, long value) {
            ByteBuffer buffer = ByteBuffer.allocate(8).order(order);
            switch (width) {
                case 1 -> buffer.put((byte) value);
                case 2 -> buffer.putShort((short) value);
                case 4 -> buffer.putInt((int) value);
                default -> buffer.putLong(value);
            }
            write(buffer.array(), 0, width);
        }

        void ascii(String text) {
            bytes(text.getBytes(StandardCharsets.US_ASCII));
        }

        void bytes(byte[] data) {
            write(data, 0, data.length);
        }

        void fixed(String text, int width) {
            bytes(Arrays.copyOf(text.getBytes(StandardCharsets.UTF_8), width));
        }
    }
}
