package org.synergos.report.internal;

import java.time.Instant;

/**
 * The one date written into report files whose formats carry dates (DOCX/XLSX document properties and ZIP
 * entries, PDF information): {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds
 * convention) when set, else 2000-01-01T00:00:00Z. Never the clock, so the same model, data and seed give
 * byte-identical files.
 */
final class ReportTimestamp {

    static final Instant FIXED = Instant.parse("2000-01-01T00:00:00Z");

    private ReportTimestamp() {
    }

    static Instant get() {
        return of(System.getenv());
    }

    /** The date for a caller with the given environment (a resident runtime's own may differ). */
    static Instant of(java.util.Map<String, String> environment) {
        return parse(environment.get("SOURCE_DATE_EPOCH"));
    }

    static Instant parse(String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.matches("\\s*\\d{1,12}\\s*")) {
            Instant instant = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim()));
            // ZIP entries cannot hold dates before 1980
            return instant.isBefore(Instant.parse("1980-01-01T00:00:00Z")) ? FIXED : instant;
        }
        return FIXED;
    }
}
