package org.synergos.analysis.coupling.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * A coupling configuration as read from its file: the subsystems, each with its indicator columns and
 * their directions, the weights α of the subsystems in T, and the data column that names the rows.
 *
 * @param file the configuration file
 * @param idColumn the data column that labels the rows (periods, regions), or null: rows are numbered
 * @param subsystems two or more, in file order
 * @param alpha the weight of each subsystem in T, in the order of {@code subsystems}; sums to 1
 * @param alphaGiven false when the file gives no α and the subsystems weigh equally
 */
public record Configuration(Path file, String idColumn, List<Subsystem> subsystems, double[] alpha,
        boolean alphaGiven) {

    /** An indicator: a data column, its direction, optionally a model element it stands for. */
    public record Indicator(String column, String name, Direction direction, String element, int line) {
    }

    /** A subsystem: its id (a row key of the result tables), name, optional model element and indicators. */
    public record Subsystem(String id, String name, String element, List<Indicator> indicators, int line) {
    }

    public List<Indicator> indicators() {
        return subsystems.stream().flatMap(s -> s.indicators().stream()).toList();
    }
}
