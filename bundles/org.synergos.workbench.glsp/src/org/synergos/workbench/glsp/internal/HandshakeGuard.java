package org.synergos.workbench.glsp.internal;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.synergos.workbench.access.AccessDecision;
import org.synergos.workbench.access.AccessRequest;
import org.synergos.workbench.access.AccessRule;

/**
 * Applies the workbench's {@link AccessRule} to every request before Jetty's WebSocket upgrade sees it.
 * It wraps the servlet context as a core handler: a servlet filter would run too late, because the
 * upgrade happens ahead of the filter chain.
 */
final class HandshakeGuard extends Handler.Wrapper {

    private final AccessRule rule;

    HandshakeGuard(AccessRule rule, Handler next) {
        super(next);
        this.rule = rule;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields headers = request.getHeaders();
        AccessRequest access = new AccessRequest(request.getMethod(), headers.get(HttpHeader.HOST),
                headers.get(HttpHeader.ORIGIN), headers.get(HttpHeader.CONTENT_TYPE), request.getHttpURI().getQuery(),
                headers.get(HttpHeader.AUTHORIZATION), String.join("; ", headers.getValuesList(HttpHeader.COOKIE)),
                Request.getLocalPort(request));
        if (rule.decide(access) instanceof AccessDecision.Refused refused) {
            Response.writeError(request, response, callback, refused.status(), refused.reason());
            return true;
        }
        return super.handle(request, response, callback);
    }
}
