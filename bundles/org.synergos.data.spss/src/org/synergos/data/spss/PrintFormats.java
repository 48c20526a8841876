package org.synergos.data.spss;

/** SPSS print formats as text ("F8.2", "DATE11"), from a variable record's packed format. */
final class PrintFormats {

    private static final String[] NAMES = { null, "A", "AHEX", "COMMA", "DOLLAR", "F", "IB", "PIBHEX", "P", "PIB", "PK",
        "RB", "RBHEX", null, null, "Z", "N", "E", null, null, "DATE", "TIME", "DATETIME", "ADATE", "JDATE", "DTIME",
        "WKDAY", "MONTH", "MOYR", "QYR", "WKYR", "PCT", "DOT", "CCA", "CCB", "CCC", "CCD", "CCE", "EDATE", "SDATE",
        "MTIME", "YMDHMS" };

    private PrintFormats() {
    }

    static String describe(int packed) {
        int type = (packed >> 16) & 0xff;
        int width = (packed >> 8) & 0xff;
        int decimals = packed & 0xff;
        String name = type < NAMES.length && NAMES[type] != null ? NAMES[type] : "FORMAT" + type;
        return name + width + (decimals > 0 ? "." + decimals : "");
    }
}
