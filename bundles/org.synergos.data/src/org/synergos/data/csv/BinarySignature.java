package org.synergos.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises files that are not text by their first bytes (spreadsheets, statistics packages' files,
 * archives), so that they are named for what they are instead of being decoded as CSV. Only the signature
 * is read: a ZIP archive (an .xlsx workbook, or a zip bomb) is never opened.
 */
final class BinarySignature {

    private record Kind(byte[] magic, String description) {
    }

    private static final Kind[] KINDS = {
            new Kind(bytes(0x50, 0x4B, 0x03, 0x04), "a ZIP archive (such as an Excel .xlsx workbook or an OpenDocument spreadsheet)"),
            new Kind(bytes(0x50, 0x4B, 0x05, 0x06), "an empty ZIP archive"),
            new Kind(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), "an OLE document (such as an Excel 97-2003 .xls workbook)"),
            new Kind("$FL2".getBytes(StandardCharsets.US_ASCII), "an SPSS data file (.sav)"),
            new Kind("$FL3".getBytes(StandardCharsets.US_ASCII), "a compressed SPSS data file (.zsav)"),
            new Kind("<stata_dta>".getBytes(StandardCharsets.US_ASCII), "a Stata data file (.dta)"),
            new Kind("%PDF".getBytes(StandardCharsets.US_ASCII), "a PDF document"),
            new Kind(bytes(0x1F, 0x8B), "a gzip-compressed file"),
            new Kind("PAR1".getBytes(StandardCharsets.US_ASCII), "a Parquet file") };

    private BinarySignature() {
    }

    /** What the file is, when its first bytes say it is not text. */
    static Optional<String> of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        }
        for (Kind kind : KINDS) {
            if (head.length >= kind.magic.length && Arrays.equals(head, 0, kind.magic.length, kind.magic, 0,
                    kind.magic.length)) {
                return Optional.of(kind.description);
            }
        }
        return Optional.empty();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
