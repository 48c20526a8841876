package org.synergos.workbench.internal;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Admits a request that carries the access token as {@code ?token=}, as {@code Authorization: Bearer},
 * or in the session cookie set on the first admitted visit (HttpOnly, SameSite=Strict).
 */
final class TokenFilter implements Filter {

    static final String COOKIE = "synergos-token";

    private final AccessToken token;

    TokenFilter(AccessToken token) {
        this.token = token;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse reply = (HttpServletResponse) response;
        if (token.matches(queryToken(http))) {
            reply.addHeader("Set-Cookie", COOKIE + "=" + token.value() + "; Path=/; HttpOnly; SameSite=Strict");
            chain.doFilter(request, response);
        } else if (token.matches(bearer(http)) || token.matches(cookie(http))) {
            chain.doFilter(request, response);
        } else {
            reply.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "open the workbench with the URL printed by 'synergos workbench' (it carries the access token)");
        }
    }

    /** From the query string only: reading parameters would consume a form-encoded request body. */
    private static String queryToken(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("token=")) {
                return java.net.URLDecoder.decode(pair.substring(6), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7).trim() : null;
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
