package org.synergos.data.files;

/** The formats a data file can be read in. */
public enum DataFileFormat {
    /** Delimited UTF-8 text with a header row. */
    CSV,
    /** An Excel workbook (Office Open XML, a ZIP archive). */
    XLSX,
    /** An SPSS system file (.sav, or .zsav with zlib-compressed data). */
    SAV,
    /** A Stata data file (.dta, formats 117 to 119). */
    DTA
}
