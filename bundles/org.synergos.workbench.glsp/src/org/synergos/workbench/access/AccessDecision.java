package org.synergos.workbench.access;

/** The access rule's answer: admit (saying where the token came from) or refuse with a status and reason. */
public sealed interface AccessDecision {

    /** Where an admitted request carried the token; a page opened with {@code ?token=} gets the cookie. */
    enum TokenSource {
        QUERY, BEARER, COOKIE
    }

    record Admitted(TokenSource source) implements AccessDecision {
    }

    record Refused(int status, String reason) implements AccessDecision {
    }
}
