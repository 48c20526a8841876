package org.synergos.data.spss;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.List;

import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.NumericText;
import org.synergos.data.spss.internal.SavInput;
import org.synergos.data.spss.internal.ZlibBlocks;

/** The cases, read one at a time into an 8-byte-slot buffer. */
final class SavCases {
    private final SavDictionary dictionary;
    private final SavInput source;
    private SavInput data;
    private final byte[] row;
    private final byte[] commands = new byte[8];
    private int command = 8;
    private boolean ended;

    SavCases(SavDictionary dictionary, InputStream raw, SavInput in) throws DataFormatException {
        this.dictionary = dictionary;
        this.source = in;
        this.row = new byte[dictionary.slotsPerCase * 8];
        if (dictionary.zlib) {
            long headerOffset = in.offset();
            long zheader = in.int64("the ZSAV header's own offset");
            long ztrailer = in.int64("the ZSAV trailer offset");
            long trailerLength = in.int64("the ZSAV trailer length");
            long fileSize = in.offset() + in.remaining();
            if (zheader != headerOffset || ztrailer < in.offset() || trailerLength < 24
                    || ztrailer + trailerLength != fileSize) {
                throw in.error("the ZSAV header gives the trailer at offset " + ztrailer + " with " + trailerLength
                        + " bytes, which does not end a file of " + fileSize + " bytes (truncated or corrupt file)");
            }
            data = new SavInput(in.file(), new ZlibBlocks(raw, ztrailer - in.offset()), Long.MAX_VALUE);
            data.order(in.order());
        } else {
            data = in;
        }
    }

    void read(Dataset.Builder builder) throws DataFormatException {
        List<SavVariable> variables = dictionary.variables;
        int declared = dictionary.declaredCases;
        long caseNumber = 0;
        String[] cells = new String[variables.size()];
        while (declared < 0 || caseNumber < declared) {
            if (!readCase(caseNumber + 1)) {
                break;
            }
            caseNumber++;
            for (int c = 0; c < variables.size(); c++) {
                cells[c] = cell(variables.get(c), caseNumber);
            }
            builder.row(caseNumber, cells);
        }
        if (declared >= 0 && caseNumber < declared) {
            throw new DataFormatException(source.file(), caseNumber + 1, null, "the header declares " + declared
                    + " cases, but the data end after case " + caseNumber + " (truncated file)");
        }
    }

    private String cell(SavVariable variable, long caseNumber) throws DataFormatException {
        if (!variable.isString()) {
            double value = ByteBuffer.wrap(row, variable.firstSlot * 8, 8).order(dictionary.in.order()).getDouble();
            return Double.isFinite(value) && value != dictionary.sysmis ? NumericText.format(value) : null;
        }
        byte[] bytes = new byte[variable.segments.size() * 255];
        int length = 0;
        for (int[] segment : variable.segments) {
            int take = Math.min(segment[1], 255);
            System.arraycopy(row, segment[0] * 8, bytes, length, take);
            length += take;
        }
        length = Math.min(length, variable.width);
        while (length > 0 && bytes[length - 1] == ' ') {
            length--;
        }
        try {
            return SavDatasetReader.Text.decode(dictionary.charset, bytes, length);
        } catch (CharacterCodingException e) {
            throw new DataFormatException(source.file(), caseNumber, variable.name, "case " + caseNumber
                    + ": the string is not valid " + dictionary.charset.name() + " text");
        }
    }

    /** Fills the row buffer; false when the data end before the case. */
    private boolean readCase(long caseNumber) throws DataFormatException {
        if (dictionary.compression == 0) {
            if (row.length == 0) {
                return false;
            }
            long start = data.offset();
            try {
                return data.readOrEnd(row, row.length, "case " + caseNumber);
            } catch (DataFormatException e) {
                int slot = (int) ((data.offset() - start) / 8);
                throw new DataFormatException(source.file(), caseNumber, variableAt(slot), "case " + caseNumber
                        + ": the file ends inside the case (truncated file)");
            }
        }
        for (int slot = 0; slot < dictionary.slotsPerCase; slot++) {
            if (!readCompressedSlot(slot, caseNumber)) {
                if (slot == 0) {
                    return false;
                }
                throw new DataFormatException(source.file(), caseNumber, variableAt(slot), "case " + caseNumber
                        + ": the compressed data end inside the case (truncated file)");
            }
        }
        return true;
    }

    private String variableAt(int slot) {
        String name = null;
        for (SavVariable variable : dictionary.variables) {
            for (int[] segment : variable.segments) {
                if (segment[0] <= slot) {
                    name = variable.name;
                }
            }
        }
        return name;
    }

    private boolean readCompressedSlot(int slot, long caseNumber) throws DataFormatException {
        while (!ended) {
            if (command == 8) {
                if (!data.readOrEnd(commands, 8, "the compression codes before case " + caseNumber)) {
                    ended = true;
                    return false;
                }
                command = 0;
            }
            int code = commands[command++] & 0xff;
            switch (code) {
                case 0:
                    continue;
                case 252:
                    ended = true;
                    return false;
                case 253:
                    if (!data.readOrEnd(scratch, 8, "case " + caseNumber)) {
                        throw new DataFormatException(source.file(), caseNumber, variableAt(slot), "case "
                                + caseNumber + ": the file ends inside the case (truncated file)");
                    }
                    System.arraycopy(scratch, 0, row, slot * 8, 8);
                    return true;
                case 254:
                    java.util.Arrays.fill(row, slot * 8, slot * 8 + 8, (byte) ' ');
                    return true;
                case 255:
                    put(slot, dictionary.sysmis);
                    return true;
                default:
                    put(slot, code - dictionary.bias);
                    return true;
            }
        }
        return false;
    }

    private final byte[] scratch = new byte[8];

    private void put(int slot, double value) {
        ByteBuffer.wrap(row, slot * 8, 8).order(dictionary.in.order()).putDouble(value);
    }
}

