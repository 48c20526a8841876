package org.synergos.data.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.synergos.data.DataFormatException;

/**
 * Checks that a file is a ZIP archive fit to be read as a workbook before any part of it is inflated:
 * its first bytes, its central directory (a truncated download has none), and the sizes its entries
 * declare, so that a ZIP bomb (a small file whose parts inflate to gigabytes) is refused by name.
 */
public final class WorkbookArchive {

    /** At most this many entries (a workbook has a few dozen). */
    static final int MAX_ENTRIES = 10_000;
    /** At most this much inflated content in all (a sheet of a million rows by 20 columns is about 0.7 GiB). */
    static final long MAX_TOTAL_BYTES = 4L << 30;
    /** Parts larger than this ... */
    static final long RATIO_CHECKED_FROM_BYTES = 1L << 20;
    /** ... may inflate to at most this many times their compressed size (Apache POI's default limit, too). */
    static final long MAX_RATIO = 100;

    private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
    private static final byte[] EMPTY_ZIP = { 0x50, 0x4B, 0x05, 0x06 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1 };

    private WorkbookArchive() {
    }

    /**
     * Refuses, with the reason, a file that cannot safely be opened as an XLSX workbook; tells whether it has
     * a styles part (without one no cell has a number format, so no cell is a date).
     */
    public static boolean check(Path file) throws DataFormatException {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new DataFormatException(file, "the file is empty, not an XLSX workbook", null);
        }
        if (startsWith(head, OLE2)) {
            throw new DataFormatException(file, "an Excel 97-2003 workbook (.xls) or another OLE document, not XLSX:"
                    + " save it as an Excel Workbook (.xlsx) or as CSV", null);
        }
        if (startsWith(head, EMPTY_ZIP)) {
            throw new DataFormatException(file, "an empty ZIP archive, not an XLSX workbook", null);
        }
        if (!startsWith(head, ZIP)) {
            throw new DataFormatException(file, "not an XLSX workbook: an XLSX file is a ZIP archive (it starts with"
                    + " the bytes 50 4B 03 04, \"PK\"), but this one starts with " + describe(head), null);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            checkEntries(file, zip);
            return zip.stream().anyMatch(entry -> entry.getName().endsWith("/styles.xml"));
        } catch (ZipException e) {
            throw new DataFormatException(file, "a truncated or damaged ZIP archive, not a readable XLSX workbook ("
                    + e.getMessage() + "); was the download or copy complete?", e);
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void checkEntries(Path file, ZipFile zip) throws DataFormatException {
        if (zip.size() > MAX_ENTRIES) {
            throw new DataFormatException(file, "the ZIP archive has " + zip.size() + " entries, more than the "
                    + MAX_ENTRIES + " a workbook is allowed", null);
        }
        boolean contentTypes = false;
        long total = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            ZipEntry entry = entries.nextElement();
            contentTypes |= entry.getName().equals("[Content_Types].xml");
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0 || compressed < 0) {
                throw new DataFormatException(file, "the ZIP entry '" + entry.getName() + "' does not declare its size",
                        null);
            }
            total += size;
            if (total > MAX_TOTAL_BYTES) {
                throw new DataFormatException(file, "the workbook would inflate to more than " + bytes(MAX_TOTAL_BYTES)
                        + ": refused as too large (or a ZIP bomb)", null);
            }
            if (size > RATIO_CHECKED_FROM_BYTES && size > MAX_RATIO * Math.max(compressed, 1)) {
                throw new DataFormatException(file, "the ZIP entry '" + entry.getName() + "' would inflate "
                        + bytes(compressed) + " to " + bytes(size) + " (" + size / Math.max(compressed, 1)
                        + " times): refused as a likely ZIP bomb (parts over " + bytes(RATIO_CHECKED_FROM_BYTES)
                        + " may inflate at most " + MAX_RATIO + " times)", null);
            }
        }
        if (!contentTypes) {
            throw new DataFormatException(file, "a ZIP archive but not an Office Open XML document (it has no"
                    + " [Content_Types].xml), so not an XLSX workbook", null);
        }
    }

    private static byte[] head(Path file) throws DataFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, "file not found", e);
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String describe(byte[] head) {
        StringBuilder hex = new StringBuilder();
        StringBuilder text = new StringBuilder();
        boolean printable = true;
        for (int i = 0; i < Math.min(head.length, 4); i++) {
            int b = head[i] & 0xFF;
            hex.append(i > 0 ? " " : "").append(String.format(Locale.ROOT, "%02X", b));
            printable &= b >= 0x20 && b < 0x7F;
            text.append((char) b);
        }
        return hex + (printable ? " (\"" + text + "\", text: is it a CSV file with an .xlsx name?)" : "");
    }

    private static String bytes(long count) {
        if (count >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", count / (double) (1L << 30));
        }
        if (count >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", count / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%,d bytes", count);
    }
}
