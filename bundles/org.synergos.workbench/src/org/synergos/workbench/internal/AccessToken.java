package org.synergos.workbench.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A random secret printed on start, like a notebook server's: other local users and web pages cannot
 * drive the workbench without it.
 */
final class AccessToken {

    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    static AccessToken random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return new AccessToken(HexFormat.of().formatHex(bytes));
    }

    String value() {
        return value;
    }

    /** Constant-time comparison, so response timing reveals nothing about the token. */
    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
    }
}
