package org.synergos.analysis.cbsem.core;

import java.util.List;

/** The model fails an identification check before fitting; {@link #problems()} names each element. */
public final class IdentificationException extends SemException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public IdentificationException(List<String> problems) {
        super("model is not identified: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
