package org.synergos.workbench.internal;

import java.io.IOException;
import java.io.PrintWriter;

import org.synergos.analysis.api.EngineInfo;
import org.synergos.analysis.api.EngineRegistry;
import org.synergos.analysis.api.format.HtmlText;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The workbench start page: the runtime's installed engines (the diagram editors build on this server). */
final class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient EngineRegistry registry;

    HomeServlet(EngineRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getRequestURI())) { // "/" is the default servlet: it sees every unknown path
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'self'");
        PrintWriter page = response.getWriter();
        page.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Synergos</title></head><body>");
        page.println("<h1>Synergos workbench</h1><h2>Installed analysis engines</h2>");
        page.println("<table><thead><tr><th>ID</th><th>Name</th><th>Version</th><th>Bundle</th></tr></thead><tbody>");
        for (EngineInfo engine : registry.engines()) {
            page.println("<tr><td>" + HtmlText.escape(engine.id()) + "</td><td>" + HtmlText.escape(engine.descriptor().name())
                    + "</td><td>" + HtmlText.escape(engine.descriptor().version()) + "</td><td>"
                    + HtmlText.escape(engine.bundleSymbolicName() + " " + engine.bundleVersion()) + "</td></tr>");
        }
        page.println("</tbody></table></body></html>");
    }
}
