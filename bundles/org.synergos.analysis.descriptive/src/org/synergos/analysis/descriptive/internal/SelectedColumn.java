package org.synergos.analysis.descriptive.internal;

/**
 * A data column chosen for description, with the model element it measures (an indicator's id, or the
 * column name when there is no model).
 */
record SelectedColumn(String column, String label, String elementId) {
}
