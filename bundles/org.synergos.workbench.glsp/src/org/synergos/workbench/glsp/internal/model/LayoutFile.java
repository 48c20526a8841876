package org.synergos.workbench.glsp.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.synergos.data.io.AtomicFiles;
import org.synergos.diagram.layout.Box;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Node positions of one diagram of one model, kept beside it as {@code <model>.<diagram>.layout.json} (the
 * model file stays free of presentation, as Sirius keeps representations apart from semantic models).
 */
public final class LayoutFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LayoutFile() {
    }

    public static Path of(Path modelFile, String diagramType) {
        return modelFile.resolveSibling(modelFile.getFileName() + "." + diagramType + ".layout.json");
    }

    /** The stored positions, or none when the diagram was never saved; a damaged file names itself. */
    public static Map<String, Box> read(Path file) throws IOException {
        Map<String, Box> boxes = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return boxes;
        }
        JsonNode nodes;
        try {
            nodes = JSON.readTree(file.toFile()).path("nodes");
        } catch (IOException e) {
            throw new IOException(file + ": not a diagram layout file (" + e.getMessage() + ")", e);
        }
        nodes.fields().forEachRemaining(entry -> {
            JsonNode box = entry.getValue();
            boxes.put(entry.getKey(), new Box(box.path("x").asDouble(), box.path("y").asDouble(),
                    box.path("width").asDouble(), box.path("height").asDouble()));
        });
        return boxes;
    }

    public static void write(Path file, Map<String, Box> boxes) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "synergos-diagram-layout/1");
        ObjectNode nodes = root.putObject("nodes");
        boxes.forEach((id, box) -> nodes.putObject(id).put("x", box.x()).put("y", box.y())
                .put("width", box.width()).put("height", box.height()));
        AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }
}
