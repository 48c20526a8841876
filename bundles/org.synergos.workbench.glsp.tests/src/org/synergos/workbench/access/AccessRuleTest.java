package org.synergos.workbench.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergos.workbench.access.AccessDecision.Admitted;
import org.synergos.workbench.access.AccessDecision.Refused;
import org.synergos.workbench.access.AccessDecision.TokenSource;

class AccessRuleTest {

    private static final int PAGE = 8123;
    private static final int SOCKET = 9456;
    private static final String PAGE_ORIGIN = "http://127.0.0.1:" + PAGE;

    private final AccessRule page = AccessRule.withRandomToken();
    private final AccessRule socket = page.forHandshakesFrom(PAGE);
    private final String cookie = "theme=dark; " + AccessRule.COOKIE + "=" + page.token();

    private static AccessRequest get(String host, String origin, String query, String cookies, int port) {
        return new AccessRequest("GET", host, origin, null, query, null, cookies, port);
    }

    private static AccessRequest post(String origin, String contentType, String authorization, String cookies) {
        return new AccessRequest("POST", "127.0.0.1:" + PAGE, origin, contentType, null, authorization, cookies, PAGE);
    }

    private static Refused refused(AccessDecision decision) {
        return assertInstanceOf(Refused.class, decision);
    }

    @Test
    void thePageWithItsTokenIsAdmittedAndToldWhereTheTokenCameFrom() {
        assertEquals(new Admitted(TokenSource.QUERY),
                page.decide(get("127.0.0.1:" + PAGE, null, "a=1&token=" + page.token(), null, PAGE)));
        assertEquals(new Admitted(TokenSource.COOKIE), page.decide(get("localhost:" + PAGE, PAGE_ORIGIN, null, cookie, PAGE)));
        assertEquals(new Admitted(TokenSource.BEARER), page.decide(new AccessRequest("GET", "127.0.0.1:" + PAGE, null,
                null, null, "Bearer " + page.token(), null, PAGE)));
    }

    @Test
    void noTokenOrAWrongOneIsRefused() {
        assertEquals(403, refused(page.decide(get("127.0.0.1:" + PAGE, null, null, null, PAGE))).status());
        assertEquals(403, refused(page.decide(get("127.0.0.1:" + PAGE, null, "token=" + page.token() + "0", null, PAGE)))
                .status());
        assertEquals(403, refused(page.decide(get("127.0.0.1:" + PAGE, null, null, AccessRule.COOKIE + "=x", PAGE)))
                .status());
    }

    @Test
    void aForeignHostIsRefusedEvenWithTheToken() {
        Refused rebinding = refused(page.decide(get("evil.example:" + PAGE, null, null, cookie, PAGE)));
        assertTrue(rebinding.reason().contains("host not allowed: evil.example"), rebinding.reason());
        refused(page.decide(get("127.0.0.1:" + (PAGE + 1), null, null, cookie, PAGE)));
        refused(page.decide(get(null, null, null, cookie, PAGE)));
    }

    @Test
    void aForeignOriginIsRefusedEvenWithTheToken() {
        Refused foreign = refused(page.decide(post("http://evil.example", "application/json", null, cookie)));
        assertEquals("origin not allowed: http://evil.example", foreign.reason());
        refused(page.decide(get("127.0.0.1:" + PAGE, "http://127.0.0.1:" + (PAGE + 1), null, cookie, PAGE)));
        refused(page.decide(get("127.0.0.1:" + PAGE, "null", null, cookie, PAGE)));
    }

    @Test
    void changesMustBeJsonAndCookieChangesMustNameTheirOrigin() {
        assertEquals(new Admitted(TokenSource.COOKIE),
                page.decide(post(PAGE_ORIGIN, "application/json; charset=utf-8", null, cookie)));
        assertEquals(415, refused(page.decide(post(PAGE_ORIGIN, "text/plain", null, cookie))).status());
        assertEquals(415, refused(page.decide(post(PAGE_ORIGIN, null, null, cookie))).status());
        assertEquals(403, refused(page.decide(post(null, "application/json", null, cookie))).status());
        // a script or the CLI with the bearer token sends no Origin, which a browser cannot forge cross-site
        assertEquals(new Admitted(TokenSource.BEARER),
                page.decide(post(null, "application/json", "Bearer " + page.token(), null)));
    }

    @Test
    void aHandshakeNeedsTheTokenAndExactlyThePagesOrigin() {
        String host = "127.0.0.1:" + SOCKET;
        assertEquals(new Admitted(TokenSource.COOKIE), socket.decide(get(host, PAGE_ORIGIN, null, cookie, SOCKET)));
        assertEquals(new Admitted(TokenSource.QUERY),
                socket.decide(get(host, "http://localhost:" + PAGE, "token=" + page.token(), null, SOCKET)));
        refused(socket.decide(get(host, PAGE_ORIGIN, null, null, SOCKET)));
        refused(socket.decide(get(host, PAGE_ORIGIN, "token=wrong", null, SOCKET)));
        refused(socket.decide(get(host, "http://evil.example", null, cookie, SOCKET)));
        refused(socket.decide(get(host, "http://127.0.0.1:" + SOCKET, null, cookie, SOCKET)));
        Refused noOrigin = refused(socket.decide(get(host, null, null, cookie, SOCKET)));
        assertTrue(noOrigin.reason().contains("no Origin"), noOrigin.reason());
        refused(socket.decide(get("evil.example:" + SOCKET, PAGE_ORIGIN, null, cookie, SOCKET)));
    }
}
