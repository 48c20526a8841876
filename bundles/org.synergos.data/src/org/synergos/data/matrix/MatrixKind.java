package org.synergos.data.matrix;

/** Whether a matrix file holds covariances or correlations. */
public enum MatrixKind {
    COVARIANCE("COV"),
    CORRELATION("CORR");

    private final String rowType;

    MatrixKind(String rowType) {
        this.rowType = rowType;
    }

    /** The {@code rowtype_} of the matrix's rows. */
    public String rowType() {
        return rowType;
    }
}
