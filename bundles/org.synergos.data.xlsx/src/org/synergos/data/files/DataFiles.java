package org.synergos.data.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.data.csv.CsvOptions;
import org.synergos.data.xlsx.XlsxDatasetReader;
import org.synergos.data.xlsx.XlsxOptions;

/**
 * The one way to open a data file whatever its format: the reader is chosen by the file's first bytes
 * (a ZIP archive is a workbook) and its extension (.xlsx, .xlsm), never by trying CSV first. A CSV file
 * is read with {@link CsvOptions}, a workbook with {@link XlsxOptions}; both give the same {@link Dataset}.
 */
public final class DataFiles {

    private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };

    private DataFiles() {
    }

    /**
     * The format a file will be read in: XLSX for a ZIP archive or an .xlsx/.xlsm name (whose reader then
     * says what is wrong with it), CSV otherwise (whose reader refuses other binary files by name).
     */
    public static DataFileFormat formatOf(Path file) throws DataFormatException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return DataFileFormat.XLSX;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP.length);
            return java.util.Arrays.equals(head, ZIP) ? DataFileFormat.XLSX : DataFileFormat.CSV;
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, "file not found", e);
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the file in its format. */
    public static Dataset read(Path file, CsvOptions csv, XlsxOptions xlsx) throws DataFormatException {
        return formatOf(file) == DataFileFormat.XLSX ? new XlsxDatasetReader(xlsx).read(file)
                : new CsvDatasetReader(csv).read(file);
    }

    /** Reads only the column names. */
    public static List<String> readHeader(Path file, CsvOptions csv, XlsxOptions xlsx) throws DataFormatException {
        return formatOf(file) == DataFileFormat.XLSX ? new XlsxDatasetReader(xlsx).readHeader(file)
                : new CsvDatasetReader(csv).readHeader(file);
    }

    /** Reads a file with one list of missing-value codes for either format (the command line's --missing). */
    public static Dataset read(Path file, List<String> missingCodes, XlsxOptions xlsx) throws DataFormatException {
        return read(file, CsvOptions.DEFAULT.withMissingCodes(missingCodes), xlsx.withMissingCodes(missingCodes));
    }
}
