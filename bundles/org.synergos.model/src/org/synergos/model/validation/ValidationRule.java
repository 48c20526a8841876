package org.synergos.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The validation rules. {@link #code()} is the stable {@link Diagnostic#getCode()} of a rule's
 * diagnostics (never renumber; add new rules with new codes); {@link #id()} is its printable form.
 */
public enum ValidationRule {
    DUPLICATE_ID(1, Diagnostic.ERROR),
    MISSING_CODE(2, Diagnostic.ERROR),
    DUPLICATE_CONSTRUCT_CODE(10, Diagnostic.ERROR),
    DUPLICATE_INDICATOR_CODE(11, Diagnostic.ERROR),
    DUPLICATE_HYPOTHESIS_LABEL(12, Diagnostic.ERROR),
    DUPLICATE_ACTOR_NAME(13, Diagnostic.ERROR),
    CONSTRUCT_WITHOUT_INDICATORS(20, Diagnostic.ERROR),
    DATA_FILE_MISSING(30, Diagnostic.ERROR),
    DATA_PATH_OUTSIDE_WORKSPACE(31, Diagnostic.ERROR),
    DATA_UNREADABLE(32, Diagnostic.ERROR),
    DATA_NOT_CHECKED(33, Diagnostic.INFO),
    INDICATOR_WITHOUT_DATA_SOURCE(34, Diagnostic.WARNING),
    INDICATOR_COLUMN_MISSING(35, Diagnostic.ERROR),
    MISSING_ENDPOINT(40, Diagnostic.ERROR),
    PATH_SELF_LOOP(41, Diagnostic.ERROR),
    STRUCTURAL_CYCLE(42, Diagnostic.ERROR),
    MEDIATOR_OFF_PATH(43, Diagnostic.ERROR),
    DUPLICATE_PATH(44, Diagnostic.WARNING),
    EVENT_PERIOD_INVALID(50, Diagnostic.ERROR),
    COLLABORATION_SELF(60, Diagnostic.ERROR),
    REVENUE_SHARES_SUM(61, Diagnostic.WARNING),
    INDEX_DIRECTION_UNSET(70, Diagnostic.WARNING),
    OBSERVATIONS_UNPAIRED(71, Diagnostic.WARNING),
    SD_TIME_SETTINGS(80, Diagnostic.ERROR),
    SD_DUPLICATE_NAME(81, Diagnostic.ERROR),
    SD_FLOW_SELF(82, Diagnostic.ERROR),
    SD_LOOKUP_POINTS(83, Diagnostic.ERROR),
    SD_MISSING_EQUATION(84, Diagnostic.ERROR),
    SD_OVERRIDE_PARAMETER(85, Diagnostic.ERROR);

    private final int code;
    private final int severity;

    ValidationRule(int code, int severity) {
        this.code = code;
        this.severity = severity;
    }

    /** Stable diagnostic code. */
    public int code() {
        return code;
    }

    /** {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or {@link Diagnostic#INFO}. */
    public int severity() {
        return severity;
    }

    /** Printable id such as {@code SYN-042}. */
    public String id() {
        return String.format("SYN-%03d", code);
    }

    /** The rule with this code, or null. */
    public static ValidationRule ofCode(int code) {
        for (ValidationRule rule : values()) {
            if (rule.code == code) {
                return rule;
            }
        }
        return null;
    }
}
