package org.synergos.workbench.access;

/**
 * The parts of an HTTP request (or WebSocket handshake) the access rule reads. Header values are as
 * received, {@code null} when absent; {@code cookies} joins every {@code Cookie} header.
 *
 * @param localPort the port the request arrived on, which the {@code Host} header must name
 */
public record AccessRequest(String method, String host, String origin, String contentType, String query,
        String authorization, String cookies, int localPort) {
}
