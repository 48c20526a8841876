package org.synergos.workbench.internal;

import java.io.IOException;
import java.util.Collections;

import org.synergos.workbench.access.AccessDecision;
import org.synergos.workbench.access.AccessRequest;
import org.synergos.workbench.access.AccessRule;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Applies the workbench's {@link AccessRule} to every HTTP request. A page opened with {@code ?token=}
 * gets the token as a session cookie (HttpOnly, SameSite=Strict), which its later requests and its
 * diagram connection carry.
 */
final class TokenFilter implements Filter {

    private final AccessRule rule;

    TokenFilter(AccessRule rule) {
        this.rule = rule;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse reply = (HttpServletResponse) response;
        AccessDecision decision = rule.decide(new AccessRequest(http.getMethod(), http.getHeader("Host"),
                http.getHeader("Origin"), http.getHeader("Content-Type"), http.getQueryString(),
                http.getHeader("Authorization"), String.join("; ", Collections.list(http.getHeaders("Cookie"))),
                http.getLocalPort()));
        if (decision instanceof AccessDecision.Refused refused) {
            reply.sendError(refused.status(), refused.reason());
            return;
        }
        if (((AccessDecision.Admitted) decision).source() == AccessDecision.TokenSource.QUERY) {
            reply.addHeader("Set-Cookie",
                    AccessRule.COOKIE + "=" + rule.token() + "; Path=/; HttpOnly; SameSite=Strict");
        }
        chain.doFilter(request, response);
    }
}
