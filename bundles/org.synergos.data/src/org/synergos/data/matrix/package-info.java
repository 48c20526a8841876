/**
 * Summary-statistics data: a covariance or correlation matrix with its number of cases, and optionally
 * means and standard deviations, written as a CSV file in the layout SPSS {@code MATRIX DATA}, AMOS and
 * lavaan users exchange ({@code rowtype_}, {@code varname_}, one column per variable; lower, upper or
 * full triangle). Engines that can estimate from moments alone read it with {@link
 * org.synergos.data.matrix.MatrixData#read}.
 */
package org.synergos.data.matrix;
