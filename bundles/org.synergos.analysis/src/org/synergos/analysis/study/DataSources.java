package org.synergos.analysis.study;

import java.nio.file.Path;
import java.util.List;

import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.data.csv.CsvOptions;
import org.synergos.data.files.DataFileFormat;
import org.synergos.data.files.DataFiles;
import org.synergos.data.spss.SavDatasetReader;
import org.synergos.data.stata.DtaDatasetReader;
import org.synergos.data.xlsx.CellRange;
import org.synergos.data.xlsx.XlsxDatasetReader;
import org.synergos.data.xlsx.XlsxOptions;
import org.synergos.model.DataFormat;
import org.synergos.model.DataSource;
import org.synergos.model.io.DataSourceCsv;

/**
 * How a model's data source is read, CSV, XLSX, SPSS (.sav) or Stata (.dta) alike: the format comes from the
 * file (its first bytes, its extension) or from the source's {@code format="XLSX"}; a workbook's sheet and
 * range come from the source's {@code sheet} ({@code Survey}, {@code Survey!A3:F200}: the range's first row
 * is the header row); missing-value codes apply to every format (in SPSS and Stata files only the codes the
 * source names, beside the missing values the file declares: CSV's default {@code NA} is not applied to
 * them). One rule for analyses, validation and the workbench.
 */
public final class DataSources {

    private DataSources() {
    }

    /** Reads the source's file (already resolved against the model file). */
    public static Dataset read(DataSource source, Path file) throws DataFormatException {
        CsvOptions csv = DataSourceCsv.options(source);
        return switch (format(source, file)) {
            case XLSX -> new XlsxDatasetReader(xlsxOptions(source, file, csv)).read(file);
            case SAV -> new SavDatasetReader(List.copyOf(source.getMissingValueCodes())).read(file);
            case DTA -> new DtaDatasetReader(List.copyOf(source.getMissingValueCodes())).read(file);
            case CSV -> new CsvDatasetReader(csv).read(file);
        };
    }

    /** Reads only the column names of the source's file. */
    public static List<String> columns(DataSource source, Path file) throws DataFormatException {
        CsvOptions csv = DataSourceCsv.options(source);
        return switch (format(source, file)) {
            case XLSX -> new XlsxDatasetReader(xlsxOptions(source, file, csv)).readHeader(file);
            case SAV -> new SavDatasetReader().readHeader(file);
            case DTA -> new DtaDatasetReader().readHeader(file);
            case CSV -> new CsvDatasetReader(csv).readHeader(file);
        };
    }

    /**
     * The format the source's file is read in: XLSX when the source says so or the file is a workbook (by its
     * first bytes or extension), SAV or DTA for an SPSS or Stata file (likewise), else CSV; a sheet named on a
     * file that is no workbook is refused.
     */
    public static DataFileFormat format(DataSource source, Path file) throws DataFormatException {
        DataFileFormat format = source.getFormat() == DataFormat.XLSX ? DataFileFormat.XLSX : DataFiles.formatOf(file);
        if (format != DataFileFormat.XLSX && source.getSheet() != null && !source.getSheet().isBlank()) {
            throw new DataFormatException(file, "data source '" + source.getName() + "' names the sheet '"
                    + source.getSheet() + "', but the file is " + describe(format) + ", which has no sheets: remove"
                    + " the sheet, or bind the workbook", null);
        }
        return format;
    }

    /** "CSV text", "an SPSS system file", "a Stata data file", for messages. */
    public static String describe(DataFileFormat format) {
        return switch (format) {
            case CSV -> "CSV text";
            case XLSX -> "an XLSX workbook";
            case SAV -> "an SPSS system file";
            case DTA -> "a Stata data file";
        };
    }

    private static XlsxOptions xlsxOptions(DataSource source, Path file, CsvOptions csv) throws DataFormatException {
        try {
            return XlsxOptions.parse(source.getSheet()).withMissingCodes(csv.missingCodes());
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file, "data source '" + source.getName() + "': sheet '" + source.getSheet()
                    + "': " + e.getMessage() + " (write SHEET or SHEET!" + new CellRange(1, 1, 6, 200) + ")", e);
        }
    }
}
