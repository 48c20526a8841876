package org.synergos.workbench.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.analysis.api.EngineInfo;
import org.synergos.analysis.api.EngineRegistry;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/engines}: the installed engines and the plugins that cannot run, as JSON (asked afresh
 * each time: plugins come and go).
 */
final class EnginesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient EngineRegistry registry;
    private final transient ObjectMapper json = new ObjectMapper();

    EnginesServlet(EngineRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> engines = new ArrayList<>();
        for (EngineInfo engine : registry.engines()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", engine.id());
            entry.put("name", engine.descriptor().name());
            entry.put("version", engine.descriptor().version());
            entry.put("bundle", engine.bundleSymbolicName());
            entry.put("bundleVersion", engine.bundleVersion());
            entry.put("description", engine.descriptor().description());
            entry.put("parameters", engine.descriptor().parameters());
            engines.add(entry);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("engines", engines);
        answer.put("unavailable", registry.unavailablePlugins());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), answer);
    }
}
