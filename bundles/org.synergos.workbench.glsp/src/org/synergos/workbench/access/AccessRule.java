package org.synergos.workbench.access;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.synergos.workbench.access.AccessDecision.Admitted;
import org.synergos.workbench.access.AccessDecision.Refused;
import org.synergos.workbench.access.AccessDecision.TokenSource;

/**
 * Admits a request to a workbench server only when
 * <ul>
 * <li>its {@code Host} is {@code 127.0.0.1:PORT} or {@code localhost:PORT} of the port it arrived on, which
 * defeats DNS rebinding (a hostile name resolved to 127.0.0.1 still sends its own name);</li>
 * <li>its {@code Origin}, when sent, is exactly the workbench page's: browsers send it on every
 * cross-origin request, so no other web page gets through;</li>
 * <li>it carries the access token as {@code ?token=}, {@code Authorization: Bearer} or the
 * {@value #COOKIE} cookie;</li>
 * <li>if it changes state (any method but GET, HEAD, OPTIONS), it is JSON, and a cookie-authenticated one
 * names its Origin: forms and other "simple" cross-site requests can be neither;</li>
 * <li>if it is a WebSocket handshake, it names the page's Origin: WebSocket is exempt from the browser's
 * same-origin policy, so the Origin is the only proof the page is ours.</li>
 * </ul>
 */
public final class AccessRule {

    public static final String COOKIE = "synergos-token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String JSON = "application/json";

    private final String token;
    /** The page origins of a WebSocket server; {@code null} for the page's own server (its own origin). */
    private final Set<String> handshakeOrigins;

    private AccessRule(String token, Set<String> handshakeOrigins) {
        this.token = token;
        this.handshakeOrigins = handshakeOrigins;
    }

    /** A rule with a fresh random token, for the server of the workbench page. */
    public static AccessRule withRandomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return new AccessRule(HexFormat.of().formatHex(bytes), null);
    }

    /** The same token, for a WebSocket server that only the page served on {@code pagePort} may open. */
    public AccessRule forHandshakesFrom(int pagePort) {
        return new AccessRule(token, Set.of("http://127.0.0.1:" + pagePort, "http://localhost:" + pagePort));
    }

    public String token() {
        return token;
    }

    public AccessDecision decide(AccessRequest request) {
        String host = request.host() == null ? null : request.host().toLowerCase(Locale.ROOT);
        int port = request.localPort();
        if (host == null || !(host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port))) {
            return new Refused(403, "host not allowed: " + request.host()
                    + " (the workbench answers only to 127.0.0.1:" + port + " and localhost:" + port + ")");
        }
        Set<String> origins = handshakeOrigins != null ? handshakeOrigins
                : Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
        String origin = request.origin();
        if (origin != null && !origins.contains(origin)) {
            return new Refused(403, "origin not allowed: " + origin);
        }
        TokenSource source = tokenSource(request);
        if (source == null) {
            return new Refused(403,
                    "missing or wrong access token: open the workbench with the URL printed by 'synergos workbench'");
        }
        if (handshakeOrigins != null && origin == null) {
            return new Refused(403, "a diagram connection must come from the workbench page (no Origin sent)");
        }
        if (!SAFE_METHODS.contains(request.method())) {
            if (origin == null && source == TokenSource.COOKIE) {
                return new Refused(403, "a change sent with the session cookie must name its Origin");
            }
            if (!JSON.equals(mediaType(request.contentType()))) {
                return new Refused(415, "changes are sent as " + JSON + ", not " + request.contentType());
            }
        }
        return new Admitted(source);
    }

    private TokenSource tokenSource(AccessRequest request) {
        if (matches(queryToken(request.query()))) {
            return TokenSource.QUERY;
        }
        String authorization = request.authorization();
        if (authorization != null && authorization.startsWith("Bearer ")
                && matches(authorization.substring(7).trim())) {
            return TokenSource.BEARER;
        }
        return matches(cookie(request.cookies())) ? TokenSource.COOKIE : null;
    }

    /** Constant-time comparison, so response timing reveals nothing about the token. */
    private boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** From the raw query string: a servlet's parameter map would consume a form-encoded body. */
    private static String queryToken(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("token=")) {
                return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String cookie(String cookies) {
        if (cookies == null) {
            return null;
        }
        for (String pair : cookies.split(";")) {
            String trimmed = pair.trim();
            if (trimmed.startsWith(COOKIE + "=")) {
                return trimmed.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
