package org.synergos.data.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.xlsx.internal.CellValue;
import org.synergos.data.xlsx.internal.ColumnKinds;
import org.synergos.data.xlsx.internal.WorkbookArchive;

/**
 * Reads a sheet of an Excel workbook (.xlsx) into a {@link Dataset}, streaming the sheet's XML with
 * fastexcel-reader: memory holds the rows read so far, never the sheet's document. The header row names
 * the columns; numbers, dates (as ISO text), booleans (TRUE/FALSE) and formulas (by their saved result)
 * become the same cell texts a CSV export of the sheet holds, so the engines see the same data in both.
 *
 * <p>Every problem names the file, the sheet, the row and the cell (Excel's A1 reference). The file is
 * checked as a ZIP archive first ({@link WorkbookArchive}): wrong first bytes, a truncated archive and a
 * ZIP bomb are refused before any part is inflated.
 */
public final class XlsxDatasetReader {

    private final XlsxOptions options;

    public XlsxDatasetReader(XlsxOptions options) {
        this.options = options;
    }

    public XlsxDatasetReader() {
        this(XlsxOptions.DEFAULT);
    }

    /** Reads the chosen sheet (and range) into a data set; row numbers are the sheet's. */
    public Dataset read(Path file) throws DataFormatException {
        Dataset.Builder builder = Dataset.builder(file.getFileName().toString()).source(file);
        visit(file, new SheetVisitor() {
            @Override
            public void header(String sheet, long headerRow, List<String> columns) {
                builder.columns(columns);
            }

            @Override
            public void row(long row, String[] cells) {
                builder.row(row, cells);
            }
        });
        return builder.build();
    }

    /** Reads only the column names of the header row (the rest of the sheet is not read). */
    public List<String> readHeader(Path file) throws DataFormatException {
        List<String> names = new ArrayList<>();
        visit(file, new SheetVisitor() {
            @Override
            public void header(String sheet, long headerRow, List<String> columns) {
                names.addAll(columns);
            }

            @Override
            public void row(long row, String[] cells) {
                // not reached
            }
        }, true);
        return names;
    }

    /** Names of the workbook's sheets, in the workbook's order. */
    public static List<String> sheetNames(Path file) throws DataFormatException {
        WorkbookArchive.check(file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            return workbook.getSheets().map(Sheet::getName).toList();
        } catch (IOException | RuntimeException e) {
            throw damaged(file, null, e);
        }
    }

    /** Streams the chosen sheet's header and data rows to a visitor. */
    public void visit(Path file, SheetVisitor visitor) throws DataFormatException {
        visit(file, visitor, false);
    }

    private void visit(Path file, SheetVisitor visitor, boolean headerOnly) throws DataFormatException {
        boolean hasStyles = WorkbookArchive.check(file);
        String sheetName = null;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(hasStyles, false))) {
            Sheet sheet = sheet(file, workbook);
            sheetName = sheet.getName();
            try (Stream<Row> rows = sheet.openStream()) {
                new SheetPass(file, sheetName, workbook.isDate1904(), visitor, headerOnly).run(rows);
            }
        } catch (UncheckedDataFormat e) {
            throw e.getCause();
        } catch (HeaderRead e) {
            // readHeader: the rest of the sheet is not needed
        } catch (IOException | RuntimeException e) {
            throw damaged(file, sheetName, e);
        }
    }

    /** Ends the row stream once the header is read. */
    private static final class HeaderRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeaderRead() {
            super(null, null, false, false);
        }
    }

    private Sheet sheet(Path file, ReadableWorkbook workbook) throws DataFormatException {
        List<Sheet> sheets = workbook.getSheets().toList();
        if (sheets.isEmpty()) {
            throw new DataFormatException(file, "the workbook has no sheet", null);
        }
        if (options.sheet() == null) {
            return sheets.get(0);
        }
        Optional<Sheet> exact = sheets.stream().filter(s -> s.getName().equals(options.sheet())).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        // Excel's sheet names are case-insensitive
        Optional<Sheet> folded = sheets.stream()
                .filter(s -> s.getName().toLowerCase(Locale.ROOT).equals(options.sheet().toLowerCase(Locale.ROOT)))
                .findFirst();
        return folded.orElseThrow(() -> new DataFormatException(file, "the workbook has no sheet '" + options.sheet()
                + "' (sheets: " + sheets.stream().map(s -> "'" + s.getName() + "'").collect(Collectors.joining(", "))
                + ")", null));
    }

    private static DataFormatException damaged(Path file, String sheet, Exception e) {
        String where = sheet != null ? " (sheet '" + sheet + "')" : "";
        String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause != e && cause.getMessage() != null) {
            why = cause.getMessage();
        }
        return new DataFormatException(file, "a damaged XLSX workbook" + where + ": " + why, e);
    }

    /** Carries a visitor's or a cell's refusal out of the row stream's lambda. */
    private static final class UncheckedDataFormat extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedDataFormat(DataFormatException cause) {
            super(cause);
        }

        @Override
        public synchronized DataFormatException getCause() {
            return (DataFormatException) super.getCause();
        }
    }

    /** One pass over a sheet's rows: finds the header, then hands each data row to the visitor. */
    private final class SheetPass {
        private final Path file;
        private final String sheet;
        private final boolean date1904;
        private final SheetVisitor visitor;
        private final boolean headerOnly;
        private final CellRange range = options.range();
        private final long wantedHeaderRow;
        private long headerRow;
        private int firstColumn;
        private int lastColumn;
        private List<String> names;
        private ColumnKinds kinds;

        SheetPass(Path file, String sheet, boolean date1904, SheetVisitor visitor, boolean headerOnly) {
            this.headerOnly = headerOnly;
            this.file = file;
            this.sheet = sheet;
            this.date1904 = date1904;
            this.visitor = visitor;
            this.wantedHeaderRow = options.headerRow() > 0 ? options.headerRow()
                    : range != null ? range.firstRow() : 0;
        }

        void run(Stream<Row> rows) throws DataFormatException {
            try {
                rows.forEach(row -> {
                    try {
                        accept(row);
                    } catch (DataFormatException e) {
                        throw new UncheckedDataFormat(e);
                    }
                });
            } catch (UncheckedDataFormat e) {
                throw e.getCause();
            } catch (UncheckedIOException e) {
                throw damaged(file, sheet, e);
            }
            if (names == null) {
                throw new DataFormatException(file, wantedHeaderRow, null, where() + ": "
                        + (wantedHeaderRow > 0 ? "the header row " + wantedHeaderRow + " is empty"
                                : "no header row: the sheet" + (range != null ? "'s range " + range : "") + " is empty"));
            }
            kinds.refuseMixedColumns();
        }

        private void accept(Row row) throws DataFormatException {
            long number = row.getRowNum();
            if (names == null) {
                if (wantedHeaderRow > 0 ? number == wantedHeaderRow : !isBlank(row)) {
                    header(row, number);
                } else if (wantedHeaderRow > 0 && number > wantedHeaderRow) {
                    throw new DataFormatException(file, wantedHeaderRow, null, where() + ": the header row "
                            + wantedHeaderRow + " is empty");
                }
                return;
            }
            if (range != null && !range.containsRow((int) Math.min(number, Integer.MAX_VALUE))) {
                return;
            }
            String[] cells = new String[names.size()];
            boolean blank = true;
            for (Cell cell : row) {
                if (cell == null) {
                    continue;
                }
                int column = cell.getColumnIndex() + 1;
                CellValue value = CellValue.of(cell, date1904);
                if (value.isEmpty()) {
                    continue;
                }
                String reference = CellRange.reference(column, number);
                if (column < firstColumn || column > lastColumn) {
                    if (range == null) {
                        throw new DataFormatException(file, number, null, where() + ", cell " + reference + ": '"
                                + value.text() + "' lies outside the header's columns " + span() + ": name its column"
                                + " in the header row " + headerRow + ", or choose the header row or a range (SHEET!A1:F200)");
                    }
                    continue;
                }
                String name = names.get(column - firstColumn);
                String text = text(value, number, column, name);
                if (text != null) {
                    cells[column - firstColumn] = text;
                    kinds.record(column - firstColumn, value.kind(), text, reference);
                    blank = false;
                }
            }
            if (!blank) {
                visitor.row(number, cells);
            }
        }

        /** The cell's text for the data set, {@code null} when missing; refuses cells without a usable value. */
        private String text(CellValue value, long row, int column, String name) throws DataFormatException {
            String reference = CellRange.reference(column, row);
            switch (value.kind()) {
            case FORMULA_WITHOUT_VALUE:
                throw new DataFormatException(file, row, name, where() + ", cell " + reference + ": the formula ="
                        + value.formula() + " has no saved result (the file was written by a program that does not"
                        + " calculate): open it in a spreadsheet program and save it again");
            case ERROR:
                if (options.missingCodes().contains(value.text())) {
                    return null;
                }
                throw new DataFormatException(file, row, name, where() + ", cell " + reference + ": holds the error "
                        + value.text() + (value.formula() != null ? " (formula =" + value.formula() + ")" : "")
                        + ": correct it, or list " + value.text() + " among the missing-value codes to read it as"
                        + " missing");
            default:
                return options.missingCodes().contains(value.text()) ? null : value.text();
            }
        }

        private void header(Row row, long number) throws DataFormatException {
            headerRow = number;
            List<CellValue> values = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            for (Cell cell : row) {
                if (cell == null) {
                    continue;
                }
                int column = cell.getColumnIndex() + 1;
                CellValue value = CellValue.of(cell, date1904);
                if (value.isEmpty() || (range != null && !range.containsColumn(column))) {
                    continue;
                }
                if (value.kind() == CellValue.Kind.FORMULA_WITHOUT_VALUE || value.kind() == CellValue.Kind.ERROR) {
                    throw new DataFormatException(file, number, null, where() + ", cell "
                            + CellRange.reference(column, number) + ": a column name must be text, not "
                            + (value.text() != null ? "the error " + value.text() : "a formula without a saved result"));
                }
                values.add(value);
                columns.add(column);
            }
            if (values.isEmpty()) {
                throw new DataFormatException(file, number, null, where() + ": the header row " + number + " is empty");
            }
            firstColumn = range != null ? range.firstColumn() : columns.get(0);
            lastColumn = range != null ? range.lastColumn() : columns.get(columns.size() - 1);
            String[] header = new String[lastColumn - firstColumn + 1];
            for (int i = 0; i < values.size(); i++) {
                header[columns.get(i) - firstColumn] = values.get(i).text();
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < header.length; i++) {
                String reference = CellRange.reference(firstColumn + i, number);
                if (header[i] == null) {
                    throw new DataFormatException(file, number, null, where() + ", cell " + reference + ": column "
                            + CellRange.columnName(firstColumn + i) + " has no name in the header row " + number
                            + (range == null ? " (choose a range, SHEET!A1:F200, to leave columns out)" : ""));
                }
                if (!seen.add(header[i])) {
                    throw new DataFormatException(file, number, header[i], where() + ", cell " + reference
                            + ": the column name appears twice in the header row " + number);
                }
            }
            names = List.of(header);
            kinds = new ColumnKinds(file, sheet, names);
            visitor.header(sheet, number, names);
            if (headerOnly) {
                throw new HeaderRead();
            }
        }

        private boolean isBlank(Row row) {
            for (Cell cell : row) {
                if (cell != null && (range == null || range.containsColumn(cell.getColumnIndex() + 1))
                        && !CellValue.of(cell, date1904).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private String span() {
            return CellRange.columnName(firstColumn) + " to " + CellRange.columnName(lastColumn);
        }

        private String where() {
            return "sheet '" + sheet + "'";
        }
    }
}
