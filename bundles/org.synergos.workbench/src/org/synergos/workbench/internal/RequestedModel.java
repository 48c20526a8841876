package org.synergos.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.synergos.analysis.study.Studies;
import org.synergos.analysis.study.StudyException;
import org.synergos.model.Framework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The workspace model a GET request names with {@code ?model=PATH.synergos}, loaded. Every refusal is answered
 * as JSON here, with the status the servlets share: 400 for a missing or non-model name or a path leaving the
 * workspace, 404 for a missing file, 422 for a file that does not load.
 *
 * @param relative the name as the request gave it
 * @param file the file in the workspace
 * @param framework the loaded model
 */
record RequestedModel(String relative, Path file, Framework framework) {

    /** the model file exists but does not load (HTTP 422; the constant is newer than our servlet API) */
    static final int UNPROCESSABLE = 422;

    /** The model, or empty when the response has been answered with the refusal. */
    static Optional<RequestedModel> load(HttpServletRequest request, HttpServletResponse response, Workspace workspace)
            throws IOException {
        String relative = request.getParameter("model");
        if (relative == null || !relative.endsWith(".synergos")) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, "name a model file: ?model=PATH.synergos");
            return Optional.empty();
        }
        Path file;
        try {
            file = workspace.resolve(relative);
        } catch (IllegalArgumentException e) {
            JsonReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            JsonReplies.error(response, HttpServletResponse.SC_NOT_FOUND, relative + " does not exist");
            return Optional.empty();
        }
        try {
            return Optional.of(new RequestedModel(relative, file, Studies.load(file).framework()));
        } catch (StudyException e) {
            JsonReplies.error(response, UNPROCESSABLE, e.getMessage());
            return Optional.empty();
        }
    }
}
