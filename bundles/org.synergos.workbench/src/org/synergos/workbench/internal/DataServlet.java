package org.synergos.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.synergos.analysis.study.DataSources;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;
import org.synergos.model.io.DataPaths;
import org.synergos.model.io.WorkspacePathException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/data?model=PATH[&source=ID][&file=PATH]}: the columns of a model's data sources as the
 * analyses read them ({@link DataSources}, CSV and XLSX alike): per column its type, n, missing count, label
 * and a histogram or the number of distinct values ({@link ColumnProfiles}). {@code file} (relative to the
 * model's folder, as a data source's path) previews another file read with the source's settings. A source
 * that cannot be read is answered with its {@code error} (naming file and line), the others still listed.
 */
final class DataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Workspace workspace;

    DataServlet(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RequestedModel> requested = RequestedModel.load(request, response, workspace);
        if (requested.isEmpty()) {
            return;
        }
        String relative = requested.get().relative();
        Path file = requested.get().file();
        Framework framework = requested.get().framework();
        String sourceId = request.getParameter("source");
        String override = request.getParameter("file");
        List<DataSource> sources = new ArrayList<>();
        for (DataSource source : framework.getDataSources()) {
            if (sourceId == null || sourceId.isEmpty() || sourceId.equals(source.getId())) {
                sources.add(source);
            }
        }
        if (sourceId != null && !sourceId.isEmpty() && sources.isEmpty()) {
            JsonReplies.error(response, HttpServletResponse.SC_NOT_FOUND, relative + " has no data source '" + sourceId + "'");
            return;
        }
        if (override != null && !override.isBlank() && sources.size() != 1) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "?file= previews one data source: name it with ?source=ID");
            return;
        }
        List<Map<String, Object>> listed = new ArrayList<>();
        for (DataSource source : sources) {
            listed.add(describe(file, source, override == null || override.isBlank() ? source.getPath() : override));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("model", relative);
        answer.put("sources", listed);
        JsonReplies.send(response, HttpServletResponse.SC_OK, answer);
    }

    static Map<String, Object> describe(Path modelFile, DataSource source, String path) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", source.getId());
        described.put("name", source.getName());
        described.put("path", path);
        try {
            Path data = DataPaths.resolve(modelFile, path);
            if (!Files.isRegularFile(data)) {
                described.put("error", "data source '" + source.getName() + "': " + path + " does not exist");
                return described;
            }
            described.put("format", DataSources.format(source, data).name());
            Dataset dataset = DataSources.read(source, data);
            described.put("rows", dataset.rowCount());
            described.put("columns", ColumnProfiles.profiles(dataset.columns()));
        } catch (WorkspacePathException e) {
            described.put("error", "data source '" + source.getName() + "': " + e.getMessage());
        } catch (DataFormatException e) {
            described.put("error", e.getMessage());
        } catch (RuntimeException e) {
            // a reader's unexpected failure is still a message about the file, never a stack trace
            described.put("error", "data source '" + source.getName() + "': " + path + " cannot be read: " + e);
        }
        return described;
    }
}
