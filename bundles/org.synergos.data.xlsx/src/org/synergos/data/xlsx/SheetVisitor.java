package org.synergos.data.xlsx;

import java.util.List;

import org.synergos.data.DataFormatException;

/**
 * Receives a sheet's data set row by row as {@link XlsxDatasetReader#visit} streams it: the column names
 * first, then every non-blank data row. Nothing of the sheet is kept by the reader between calls.
 */
public interface SheetVisitor {

    /** The sheet read and the column names of its header row. */
    void header(String sheet, long headerRow, List<String> columns) throws DataFormatException;

    /**
     * A data row: its 1-based row number in the sheet and one text per column ({@code null} = missing).
     * The array belongs to the visitor.
     */
    void row(long row, String[] cells) throws DataFormatException;
}
