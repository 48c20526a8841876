package org.synergos.workbench.glsp.internal;

import java.io.IOException;
import java.util.function.Predicate;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Admits a WebSocket handshake only with the workbench's access token (its cookie, which browsers send to
 * every port of 127.0.0.1, or {@code ?token=}) and from the workbench page's own origin, so that neither
 * another local user nor a web page open in the same browser can drive the diagram server.
 */
final class HandshakeGuard implements Filter {

    static final String COOKIE = "synergos-token";

    private final String token;
    private final Predicate<String> originAllowed;

    HandshakeGuard(String token, Predicate<String> originAllowed) {
        this.token = token;
        this.originAllowed = originAllowed;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse reply = (HttpServletResponse) response;
        String origin = http.getHeader("Origin");
        if (origin != null && !originAllowed.test(origin)) {
            reply.sendError(HttpServletResponse.SC_FORBIDDEN, "origin not allowed: " + origin);
            return;
        }
        if (!matches(http.getParameter("token")) && !matches(cookie(http))) {
            reply.sendError(HttpServletResponse.SC_FORBIDDEN, "missing or wrong access token");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean matches(String candidate) {
        return candidate != null && java.security.MessageDigest.isEqual(candidate.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
