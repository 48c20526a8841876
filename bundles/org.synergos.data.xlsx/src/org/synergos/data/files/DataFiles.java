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
import org.synergos.data.spss.SavDatasetReader;
import org.synergos.data.stata.DtaDatasetReader;
import org.synergos.data.xlsx.XlsxDatasetReader;
import org.synergos.data.xlsx.XlsxOptions;

/**
 * The one way to open a data file whatever its format: the reader is chosen by the file's first bytes
 * (a ZIP archive is a workbook, {@code $FL2}/{@code $FL3} an SPSS system file, {@code <stata_dta>} a Stata
 * file) and its extension (.xlsx, .xlsm, .sav, .zsav, .dta), never by trying CSV first. A CSV file is read
 * with {@link CsvOptions}, a workbook with {@link XlsxOptions}, SPSS and Stata files with their own labels
 * and missing values (plus the CSV options' missing-value codes unless they are the default); all give the
 * same {@link Dataset}.
 */
public final class DataFiles {

    private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
    private static final byte[] STATA = "<stata_dta>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private DataFiles() {
    }

    /**
     * The format a file will be read in: XLSX for a ZIP archive or an .xlsx/.xlsm name, SAV for a file starting
     * with {@code $FL2}/{@code $FL3} or named .sav/.zsav, DTA for one starting with {@code <stata_dta>} or named
     * .dta (whose readers then say what is wrong with it), CSV otherwise (whose reader refuses other binary
     * files by name).
     */
    public static DataFileFormat formatOf(Path file) throws DataFormatException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return DataFileFormat.XLSX;
        }
        if (name.endsWith(".sav") || name.endsWith(".zsav")) {
            return DataFileFormat.SAV;
        }
        if (name.endsWith(".dta")) {
            return DataFileFormat.DTA;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(STATA.length);
            if (startsWith(head, ZIP)) {
                return DataFileFormat.XLSX;
            }
            if (startsWith(head, "$FL2".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    || startsWith(head, "$FL3".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return DataFileFormat.SAV;
            }
            return startsWith(head, STATA) ? DataFileFormat.DTA : DataFileFormat.CSV;
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, "file not found", e);
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && java.util.Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** Reads the file in its format. */
    public static Dataset read(Path file, CsvOptions csv, XlsxOptions xlsx) throws DataFormatException {
        return switch (formatOf(file)) {
            case XLSX -> new XlsxDatasetReader(xlsx).read(file);
            case SAV -> new SavDatasetReader(extraMissingCodes(csv)).read(file);
            case DTA -> new DtaDatasetReader(extraMissingCodes(csv)).read(file);
            case CSV -> new CsvDatasetReader(csv).read(file);
        };
    }

    /**
     * The codes SPSS and Stata files are read with beside the missing values they declare themselves: those
     * given, but not CSV's default {@code NA} (a string "NA" in such a file is a value).
     */
    private static List<String> extraMissingCodes(CsvOptions csv) {
        return csv.equals(CsvOptions.DEFAULT) ? List.of() : List.copyOf(csv.missingCodes());
    }

    /** Reads only the column names. */
    public static List<String> readHeader(Path file, CsvOptions csv, XlsxOptions xlsx) throws DataFormatException {
        return switch (formatOf(file)) {
            case XLSX -> new XlsxDatasetReader(xlsx).readHeader(file);
            case SAV -> new SavDatasetReader().readHeader(file);
            case DTA -> new DtaDatasetReader().readHeader(file);
            case CSV -> new CsvDatasetReader(csv).readHeader(file);
        };
    }

    /** Reads a file with one list of missing-value codes for every format (the command line's --missing). */
    public static Dataset read(Path file, List<String> missingCodes, XlsxOptions xlsx) throws DataFormatException {
        return read(file, CsvOptions.DEFAULT.withMissingCodes(missingCodes), xlsx.withMissingCodes(missingCodes));
    }
}
