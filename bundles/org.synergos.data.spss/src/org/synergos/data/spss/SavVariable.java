package org.synergos.data.spss;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synergos.data.ColumnMetadata;
import org.synergos.data.MissingValues;

/** A variable as the data set shows it. */
final class SavVariable {
    String shortName;
    String name;
    int width;
    int firstSlot;
    /** Per segment: first slot and the number of bytes it contributes. */
    final List<int[]> segments = new ArrayList<>();
    String label;
    int print;
    final List<String> missingCodes = new ArrayList<>();
    final List<MissingValues.Range> missingRanges = new ArrayList<>();
    final Map<String, String> valueLabels = new java.util.LinkedHashMap<>();
    ColumnMetadata.Measure measure;

    boolean isString() {
        return width > 0;
    }

    ColumnMetadata metadata(List<String> extraMissing) {
        ColumnMetadata.Builder metadata = ColumnMetadata.builder().label(label).measure(measure)
                .storageType(isString() ? "A" + width : PrintFormats.describe(print));
        valueLabels.forEach(metadata::valueLabel);
        Set<String> codes = new LinkedHashSet<>(missingCodes);
        codes.addAll(extraMissing);
        return metadata.missingValues(isString() ? MissingValues.ofText(List.copyOf(codes))
                : MissingValues.of(List.copyOf(codes), missingRanges)).build();
    }
}

