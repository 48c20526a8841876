package org.synergos.model.time;

/** Text that is not a period {@link Period#parse} understands. */
public class PeriodFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;

    public PeriodFormatException(String text, String reason) {
        super("period '" + text + "' " + reason + "; write e.g. " + Period.acceptedForms());
        this.text = text;
    }

    /** The text that failed to parse. */
    public String text() {
        return text;
    }
}
