package org.synergos.analysis.coupling.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.synergos.analysis.api.json.JsonFileException;
import org.synergos.analysis.api.json.LocatedJson;
import org.synergos.data.Dataset;

/**
 * Reads and validates a coupling configuration file (format: the plugin's README) against the data set
 * it describes. Every problem is reported with the file, the line and the subsystem or indicator
 * concerned; nothing is repaired silently.
 */
public final class ConfigurationReader {

    private static final Set<String> TOP_KEYS = Set.of("description", "idColumn", "subsystems");
    private static final Set<String> SUBSYSTEM_KEYS = Set.of("id", "name", "element", "alpha", "indicators");
    private static final Set<String> INDICATOR_KEYS = Set.of("column", "name", "direction", "element");
    /** α written with a few decimals (0.4, 0.35, 0.25) sums to 1 up to rounding of the doubles. */
    static final double ALPHA_TOLERANCE = 1e-9;

    private final Path file;
    private final Dataset data;
    private final Set<String> modelElementIds;

    private ConfigurationReader(Path file, Dataset data, Set<String> modelElementIds) {
        this.file = file;
        this.data = data;
        this.modelElementIds = modelElementIds;
    }

    /**
     * @param data the data set the configuration's columns refer to
     * @param modelElementIds ids of the study's model elements, or null when there is no model to link to
     */
    public static Configuration read(Path file, Dataset data, Set<String> modelElementIds) throws ConfigurationException {
        return new ConfigurationReader(file, data, modelElementIds).read(parse(file));
    }

    private Configuration read(LocatedJson root) throws ConfigurationException {
        requireObject(root, "the configuration file");
        checkKeys(root, TOP_KEYS, "the configuration file");
        String idColumn = text(root.member("idColumn"), null, "'idColumn'");
        if (idColumn != null && !data.hasColumn(idColumn)) {
            throw fail(root.member("idColumn"), "the id column '" + idColumn + "' is not in " + data.describe()
                    + " (columns: " + String.join(", ", data.columnNames()) + ")");
        }
        LocatedJson subsystemsJson = root.member("subsystems");
        if (subsystemsJson == null) {
            throw fail(root, "the configuration file has no 'subsystems'");
        }
        requireArray(subsystemsJson, "'subsystems'");
        if (subsystemsJson.items().size() < 2) {
            throw fail(subsystemsJson, "'subsystems' lists " + subsystemsJson.items().size()
                    + " subsystem(s); a coupling degree needs at least 2");
        }
        Map<String, Integer> subsystemIds = new HashMap<>();
        Map<String, Integer> columns = new HashMap<>();
        List<Configuration.Subsystem> subsystems = new ArrayList<>();
        List<LocatedJson> alphas = new ArrayList<>();
        for (LocatedJson item : subsystemsJson.items()) {
            requireObject(item, "a subsystem");
            checkKeys(item, SUBSYSTEM_KEYS, "a subsystem");
            LocatedJson idJson = item.member("id");
            if (idJson == null) {
                throw fail(item, "a subsystem has no 'id'");
            }
            String id = text(idJson, null, "the id of a subsystem");
            Integer earlier = subsystemIds.putIfAbsent(id, idJson.line());
            if (earlier != null) {
                throw fail(idJson, "subsystem id '" + id + "' is used twice (first at line " + earlier + ")");
            }
            String what = "subsystem '" + id + "'";
            String name = text(item.member("name"), id, "the name of " + what);
            String element = element(item.member("element"), what);
            alphas.add(item.member("alpha"));
            LocatedJson indicatorsJson = item.member("indicators");
            if (indicatorsJson == null) {
                throw fail(item, what + " has no 'indicators'");
            }
            requireArray(indicatorsJson, "the indicators of " + what);
            if (indicatorsJson.items().isEmpty()) {
                throw fail(indicatorsJson, what + " has no indicators");
            }
            List<Configuration.Indicator> indicators = new ArrayList<>();
            for (LocatedJson indicatorJson : indicatorsJson.items()) {
                indicators.add(indicator(indicatorJson, what, idColumn, columns));
            }
            subsystems.add(new Configuration.Subsystem(id, name, element, List.copyOf(indicators), item.line()));
        }
        double[] alpha = new double[subsystems.size()];
        boolean given = alphas.stream().anyMatch(a -> a != null);
        if (given) {
            double sum = 0;
            for (int s = 0; s < alpha.length; s++) {
                LocatedJson a = alphas.get(s);
                String what = "subsystem '" + subsystems.get(s).id() + "'";
                if (a == null) {
                    throw new ConfigurationException(file, subsystems.get(s).line(), what
                            + " has no 'alpha' while other subsystems have one: give every subsystem's α, or none"
                            + " (equal weights)");
                }
                if (a.kind() != LocatedJson.Kind.NUMBER || !(a.number() >= 0) || a.number() > 1) {
                    throw fail(a, "the alpha of " + what + " must be a number from 0 to 1, not " + a.describe());
                }
                alpha[s] = a.number();
                sum += alpha[s];
            }
            if (Math.abs(sum - 1) > ALPHA_TOLERANCE) {
                throw fail(subsystemsJson, String.format(Locale.ROOT,
                        "the subsystems' alpha values sum to %s, not 1 (T = Σ α_i U_i weighs the subsystems; %s)",
                        shortest(sum), alphaList(subsystems, alpha)));
            }
        } else {
            java.util.Arrays.fill(alpha, 1.0 / alpha.length);
        }
        return new Configuration(file, idColumn, List.copyOf(subsystems), alpha, given);
    }

    private Configuration.Indicator indicator(LocatedJson json, String subsystem, String idColumn,
            Map<String, Integer> columns) throws ConfigurationException {
        requireObject(json, "an indicator of " + subsystem);
        checkKeys(json, INDICATOR_KEYS, "an indicator of " + subsystem);
        LocatedJson columnJson = json.member("column");
        if (columnJson == null) {
            throw fail(json, "an indicator of " + subsystem + " has no 'column'");
        }
        String column = text(columnJson, null, "the column of an indicator of " + subsystem);
        String what = subsystem + ", indicator '" + column + "'";
        if (!data.hasColumn(column)) {
            throw fail(columnJson, what + ": the column is not in " + data.describe() + " (columns: "
                    + String.join(", ", data.columnNames()) + ")");
        }
        if (column.equals(idColumn)) {
            throw fail(columnJson, what + ": the column is the id column ('idColumn'), which labels the rows");
        }
        Integer earlier = columns.putIfAbsent(column, columnJson.line());
        if (earlier != null) {
            throw fail(columnJson, what + ": the column is already an indicator (line " + earlier
                    + "); an indicator belongs to one subsystem");
        }
        LocatedJson directionJson = json.member("direction");
        if (directionJson == null) {
            throw fail(json, what + " has no 'direction' (\"positive\": larger is better, \"negative\": smaller is"
                    + " better)");
        }
        Direction direction = directionJson.kind() == LocatedJson.Kind.STRING ? Direction.of(directionJson.text()) : null;
        if (direction == null) {
            throw fail(directionJson, what + ": the direction must be \"positive\" or \"negative\", not "
                    + directionJson.describe());
        }
        String name = text(json.member("name"), column, "the name of " + what);
        String element = element(json.member("element"), what);
        return new Configuration.Indicator(column, name, direction, element, columnJson.line());
    }

    private String element(LocatedJson json, String what) throws ConfigurationException {
        String element = text(json, null, "the model element of " + what);
        if (element != null && modelElementIds != null && !modelElementIds.contains(element)) {
            throw fail(json, what + " refers to model element '" + element + "', which the study's model does not have");
        }
        return element;
    }

    private static String alphaList(List<Configuration.Subsystem> subsystems, double[] alpha) {
        List<String> parts = new ArrayList<>();
        for (int s = 0; s < alpha.length; s++) {
            parts.add(subsystems.get(s).id() + " " + shortest(alpha[s]));
        }
        return String.join(", ", parts);
    }

    /** 0.35 rather than 0.35000000000000003 in a message. */
    private static String shortest(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }

    private String text(LocatedJson value, String otherwise, String what) throws ConfigurationException {
        if (value == null) {
            return otherwise;
        }
        if (value.kind() != LocatedJson.Kind.STRING || value.text().isBlank()) {
            throw fail(value, what + " must be a non-empty string, not " + value.describe());
        }
        return value.text();
    }

    private void checkKeys(LocatedJson object, Set<String> allowed, String what) throws ConfigurationException {
        for (Map.Entry<String, LocatedJson> member : object.members().entrySet()) {
            if (!allowed.contains(member.getKey())) {
                throw fail(member.getValue(), what + " has an unknown key '" + member.getKey() + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private void requireObject(LocatedJson value, String what) throws ConfigurationException {
        if (value.kind() != LocatedJson.Kind.OBJECT) {
            throw fail(value, what + " must be an object, not " + value.describe());
        }
    }

    private void requireArray(LocatedJson value, String what) throws ConfigurationException {
        if (value.kind() != LocatedJson.Kind.ARRAY) {
            throw fail(value, what + " must be an array, not " + value.describe());
        }
    }

    private ConfigurationException fail(LocatedJson at, String problem) {
        return new ConfigurationException(file, at.line(), problem);
    }

    /** The file as a located JSON tree; its syntax errors as this file's problems. */
    private static LocatedJson parse(Path file) throws ConfigurationException {
        try {
            return LocatedJson.read(file);
        } catch (JsonFileException e) {
            throw new ConfigurationException(e.file(), e.line(), e.problem());
        }
    }
}
