package org.synergos.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergos.testing.TestResources;
import org.synergos.workbench.access.AccessRule;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/data}: the data panel's columns against R (4.2.2; resources/data-panel/make-reference.R wrote
 * the fixture and reference.json): types, n and missing counts exactly, min/max/mean within 1e-12 relative,
 * histogram edges within 1e-12 and counts exactly (R's {@code hist} with 10 equal-width breaks, right = FALSE,
 * include.lowest = TRUE); the XLSX source (the testing bundle's survey.xlsx) against readxl 1.4; errors named;
 * the access rule of every endpoint; a 100,000-row file.
 */
class DataServletTest {

    private static final double TOLERANCE = 1e-12;

    @TempDir
    Path workspace;

    @Test
    void csvColumnsHaveRsTypesCountsAndHistograms() throws Exception {
        Path study = Files.createDirectories(workspace.resolve("study"));
        Files.copy(TestResources.path("resources/data-panel/survey.csv"), study.resolve("survey.csv"));
        model(study, "survey.csv", "");
        Reply reply = get(Map.of("model", "study/model.synergos"));
        assertEquals(200, reply.status, reply.body);
        JsonNode source = JsonReplies.JSON.readTree(reply.body).path("sources").get(0);
        assertEquals("dataSource.survey", source.path("id").asText());
        assertEquals("CSV", source.path("format").asText());
        assertEquals(240, source.path("rows").asInt());
        compare(JsonReplies.JSON.readTree(TestResources.path("resources/data-panel/reference.json").toFile()), source);
    }

    @Test
    void xlsxColumnsReadAsTheAnalysesReadThem() throws Exception {
        Path study = Files.createDirectories(workspace.resolve("study"));
        Files.copy(TestResources.path("../org.synergos.testing/reference/data/xlsx/survey.xlsx"), study.resolve("survey.xlsx"));
        model(study, "survey.xlsx", " sheet=\"Survey\"");
        Reply reply = get(Map.of("model", "study/model.synergos"));
        assertEquals(200, reply.status, reply.body);
        JsonNode source = JsonReplies.JSON.readTree(reply.body).path("sources").get(0);
        assertEquals("XLSX", source.path("format").asText());
        compare(JsonReplies.JSON.readTree(TestResources.path("resources/data-panel/reference-xlsx.json").toFile()), source);
    }

    @Test
    void anUnreadableFileIsAMessageNamingFileAndLineNotAFailure() throws Exception {
        Path study = Files.createDirectories(workspace.resolve("study"));
        Files.writeString(study.resolve("broken.csv"), "a,b\n1,2\n3,4,5\n");
        model(study, "broken.csv", "");
        Reply reply = get(Map.of("model", "study/model.synergos"));
        assertEquals(200, reply.status, reply.body);
        String error = JsonReplies.JSON.readTree(reply.body).path("sources").get(0).path("error").asText();
        assertTrue(error.contains("broken.csv") && error.contains("3"), error);

        Files.delete(study.resolve("broken.csv"));
        error = JsonReplies.JSON.readTree(get(Map.of("model", "study/model.synergos")).body).path("sources").get(0)
                .path("error").asText();
        assertTrue(error.contains("broken.csv") && error.contains("does not exist"), error);
    }

    @Test
    void pathsOutsideTheWorkspaceOrTheModelsFolderAreRefused() throws Exception {
        Path study = Files.createDirectories(workspace.resolve("study"));
        Files.copy(TestResources.path("resources/data-panel/survey.csv"), study.resolve("survey.csv"));
        model(study, "survey.csv", "");
        assertEquals(400, get(Map.of("model", "../outside/model.synergos")).status);
        assertEquals(400, get(Map.of("model", "/etc/model.synergos")).status);
        assertEquals(400, get(Map.of("model", "study/survey.csv")).status, "only model files");
        assertEquals(404, get(Map.of("model", "study/none.synergos")).status);
        assertEquals(404, get(Map.of("model", "study/model.synergos", "source", "dataSource.none")).status);
        // a previewed file is a data-source path: it may not leave the model's folder
        String error = JsonReplies.JSON.readTree(get(Map.of("model", "study/model.synergos", "source", "dataSource.survey",
                "file", "../../secret.csv")).body).path("sources").get(0).path("error").asText();
        assertTrue(error.contains("leaves the model's folder"), error);
        Files.copy(study.resolve("survey.csv"), study.resolve("other.csv"));
        JsonNode preview = JsonReplies.JSON.readTree(get(Map.of("model", "study/model.synergos", "source",
                "dataSource.survey", "file", "other.csv")).body).path("sources").get(0);
        assertEquals("other.csv", preview.path("path").asText());
        assertEquals(240, preview.path("rows").asInt());
    }

    @Test
    void theEndpointIsBehindTheWorkbenchsAccessRule() throws Exception {
        AccessRule rule = AccessRule.withRandomToken();
        TokenFilter filter = new TokenFilter(rule);
        String token = rule.token();
        assertEquals(403, filtered(filter, "model=m.synergos", null, null), "no token");
        assertEquals(403, filtered(filter, "model=m.synergos&token=wrong", null, null), "wrong token");
        assertEquals(403, filtered(filter, "model=m.synergos&token=" + token, "http://evil.example", null), "foreign Origin");
        assertEquals(403, filtered(filter, "model=m.synergos", "http://evil.example", "synergos-token=" + token),
                "foreign Origin with the cookie");
        assertEquals(200, filtered(filter, "model=m.synergos&token=" + token, null, null));
        assertEquals(200, filtered(filter, "model=m.synergos", "http://127.0.0.1:4711", "synergos-token=" + token));
    }

    @Test
    void aHundredThousandRowFileIsAnsweredInReasonableTime() throws Exception {
        Path study = Files.createDirectories(workspace.resolve("study"));
        StringBuilder csv = new StringBuilder("id,x,y,group\n");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            csv.append(i).append(',').append(random.nextGaussian()).append(',').append(random.nextInt(7) + 1).append(',')
                    .append(i % 3 == 0 ? "NA" : "g" + (i % 11)).append('\n');
        }
        Files.writeString(study.resolve("big.csv"), csv);
        model(study, "big.csv", "");
        long started = System.nanoTime();
        Reply reply = get(Map.of("model", "study/model.synergos"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, reply.status);
        JsonNode columns = JsonReplies.JSON.readTree(reply.body).path("sources").get(0).path("columns");
        assertEquals(100_000, columns.get(1).path("n").asInt());
        long total = 0;
        for (JsonNode count : columns.get(1).path("histogram").path("counts")) {
            total += count.asLong();
        }
        assertEquals(100_000, total, "every value in one bin");
        assertEquals(33_334, columns.get(3).path("missing").asInt());
        assertEquals(11, columns.get(3).path("distinct").asInt());
        // reported, not asserted (timing is never asserted in unit tests; docs/benchmarks.md)
        System.out.println("DataServletTest: 100,000 rows x 4 columns answered in " + millis + " ms");
    }

    /** Every column the reference lists, as R computed it. */
    private static void compare(JsonNode reference, JsonNode source) {
        JsonNode columns = source.path("columns");
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = reference.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().startsWith("_")) {
                continue;
            }
            JsonNode expected = entry.getValue();
            JsonNode actual = columns.get(checked++);
            String name = entry.getKey();
            assertEquals(name, actual.path("name").asText());
            assertEquals(expected.path("type").asText(), actual.path("type").asText(), name);
            assertEquals(expected.path("n").asInt(), actual.path("n").asInt(), name + " n");
            assertEquals(expected.path("missing").asInt(), actual.path("missing").asInt(), name + " missing");
            assertEquals("", actual.path("label").asText(), name + " label (none yet)");
            if (expected.path("type").asText().equals("numeric")) {
                close(expected.path("min").asDouble(), actual.path("min").asDouble(), name + " min");
                close(expected.path("max").asDouble(), actual.path("max").asDouble(), name + " max");
                close(expected.path("mean").asDouble(), actual.path("mean").asDouble(), name + " mean");
                JsonNode histogram = actual.path("histogram");
                for (int i = 0; i < expected.path("edges").size(); i++) {
                    close(expected.path("edges").get(i).asDouble(), histogram.path("edges").get(i).asDouble(), name + " edge " + i);
                }
                for (int i = 0; i < expected.path("counts").size(); i++) {
                    assertEquals(expected.path("counts").get(i).asLong(), histogram.path("counts").get(i).asLong(), name + " bin " + i);
                }
                assertEquals(expected.path("counts").size(), histogram.path("counts").size());
            } else {
                assertEquals(expected.path("distinct").asInt(), actual.path("distinct").asInt(), name + " distinct");
                assertFalse(actual.has("histogram"));
            }
        }
        assertEquals(columns.size(), checked, "every column of the file");
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, TOLERANCE * Math.max(1, Math.abs(expected)), what);
    }

    private static void model(Path folder, String data, String attributes) throws IOException {
        Files.writeString(folder.resolve("model.synergos"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <synergos:Framework xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:synergos="http://synergos.org/model/1.0" id="framework" name="panel">
                  <dataSources id="dataSource.survey" name="survey" path="%s"%s/>
                </synergos:Framework>
                """.formatted(data, attributes));
    }

    private record Reply(int status, String body) {
    }

    private Reply get(Map<String, String> parameters) throws Exception {
        HttpServletRequest request = proxy(HttpServletRequest.class, Map.of("getParameter", args -> parameters.get(args[0]),
                "getMethod", args -> "GET"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] status = { 0 };
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        HttpServletResponse response = proxy(HttpServletResponse.class, Map.of("setStatus", args -> {
            status[0] = (Integer) args[0];
            return null;
        }, "getOutputStream", args -> out));
        new DataServlet(new Workspace(workspace)).doGet(request, response);
        return new Reply(status[0], bytes.toString(StandardCharsets.UTF_8));
    }

    /** The status the token filter leaves: 200 when it passes the request on to the servlet. */
    private static int filtered(TokenFilter filter, String query, String origin, String cookie) throws Exception {
        Map<String, String> headers = new HashMap<>();
        headers.put("Host", "127.0.0.1:4711");
        if (origin != null) {
            headers.put("Origin", origin);
        }
        HttpServletRequest request = proxy(HttpServletRequest.class, Map.of("getMethod", args -> "GET",
                "getHeader", args -> headers.get(args[0]), "getQueryString", args -> query,
                "getHeaders", args -> "Cookie".equals(args[0]) && cookie != null
                        ? Collections.enumeration(java.util.List.of(cookie)) : Collections.emptyEnumeration(),
                "getLocalPort", args -> 4711, "getRequestURI", args -> "/api/data"));
        int[] status = { 200 };
        HttpServletResponse response = proxy(HttpServletResponse.class, Map.of("sendError", args -> {
            status[0] = (Integer) args[0];
            return null;
        }));
        AtomicBoolean passed = new AtomicBoolean();
        FilterChain chain = (req, res) -> passed.set(true);
        filter.doFilter(request, response, chain);
        assertEquals(status[0] == 200, passed.get());
        return status[0];
    }

    private interface Answer {
        Object answer(Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Answer> answers) {
        return (T) Proxy.newProxyInstance(DataServletTest.class.getClassLoader(), new Class<?>[] { type }, (self, method, args) -> {
            Answer answer = answers.get(method.getName());
            if (answer != null) {
                return answer.answer(args == null ? new Object[0] : args);
            }
            Class<?> returns = method.getReturnType();
            if (returns == boolean.class) {
                return false;
            }
            if (returns == int.class || returns == long.class) {
                return returns == int.class ? (Object) 0 : (Object) 0L;
            }
            return null;
        });
    }
}
