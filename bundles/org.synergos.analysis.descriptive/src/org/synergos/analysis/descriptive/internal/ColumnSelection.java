package org.synergos.analysis.descriptive.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.synergos.analysis.api.AnalysisException;
import org.synergos.analysis.api.AnalysisInput;
import org.synergos.analysis.api.AnalysisResult;
import org.synergos.analysis.api.Message;
import org.synergos.data.DataColumn;
import org.synergos.data.Dataset;

/**
 * Decides which columns to describe: those the user named; else the columns the model's indicators are
 * bound to; else every numeric column. Non-numeric cells are reported with file, line and column.
 */
record ColumnSelection(List<SelectedColumn> columns) {

    static ColumnSelection choose(Dataset data, AnalysisInput input, String named, AnalysisResult.Builder result)
            throws AnalysisException {
        List<SelectedColumn> wanted = new ArrayList<>();
        if (!named.isBlank()) {
            for (String column : named.split(",")) {
                String name = column.trim();
                if (!data.hasColumn(name)) {
                    throw new AnalysisException(data.describe() + " has no column '" + name + "' (columns: "
                            + String.join(", ", data.columnNames()) + ")");
                }
                wanted.add(new SelectedColumn(name, name, name));
            }
        } else {
            input.model().ifPresent(model -> wanted.addAll(indicatorColumns(model)));
            if (wanted.isEmpty()) {
                data.columnNames().forEach(name -> wanted.add(new SelectedColumn(name, name, name)));
            }
        }
        List<SelectedColumn> usable = new ArrayList<>();
        for (SelectedColumn column : wanted) {
            if (!data.hasColumn(column.column())) {
                result.message(Message.error("indicator " + column.label() + " is bound to column '" + column.column()
                        + "', which " + data.describe() + " does not have", column.elementId()));
                continue;
            }
            DataColumn values = data.column(column.column());
            if (values.isNumeric()) {
                usable.add(column);
            } else {
                DataColumn.NonNumericCell bad = values.firstNonNumeric().orElseThrow();
                result.message(Message.warning("column '" + column.column() + "' is not numeric ('" + bad.content()
                        + "'); left out of the statistics", column.elementId())
                        .at(data.describe() + ":" + bad.line() + " (column '" + column.column() + "')"));
            }
        }
        return new ColumnSelection(usable);
    }

    /**
     * Indicator columns of a Synergos model, read reflectively (feature {@code column} of elements of class
     * {@code Indicator}) so this engine does not depend on the metamodel bundle's version.
     */
    private static List<SelectedColumn> indicatorColumns(EObject model) {
        List<SelectedColumn> columns = new ArrayList<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (!element.eClass().getName().equals("Indicator")) {
                continue;
            }
            String column = text(element, "column");
            if (column != null && !column.isBlank()) {
                String code = text(element, "code");
                String id = text(element, "id");
                columns.add(new SelectedColumn(column, code != null ? code : column, id != null ? id : column));
            }
        }
        return columns;
    }

    private static String text(EObject element, String feature) {
        EStructuralFeature structural = element.eClass().getEStructuralFeature(feature);
        Object value = structural == null ? null : element.eGet(structural);
        return value == null ? null : value.toString();
    }
}
