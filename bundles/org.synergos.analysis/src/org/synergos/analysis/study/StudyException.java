package org.synergos.analysis.study;

/** A study that cannot be loaded or whose data cannot be read; the message names file and line. */
public final class StudyException extends Exception {

    private static final long serialVersionUID = 1L;

    public StudyException(String message, Throwable cause) {
        super(message, cause);
    }
}
