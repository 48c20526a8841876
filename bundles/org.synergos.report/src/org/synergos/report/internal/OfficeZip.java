package org.synergos.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an Office Open XML package (a ZIP) so that it depends on its content only: entries in the same
 * order, each stamped with the report's timestamp (as a local date-time, so the machine's time zone does
 * not matter), no extra fields, no comments. POI stamps entries with the clock otherwise.
 */
final class OfficeZip {

    private OfficeZip() {
    }

    static byte[] normalise(byte[] zip, Instant timestamp) {
        LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(6);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
