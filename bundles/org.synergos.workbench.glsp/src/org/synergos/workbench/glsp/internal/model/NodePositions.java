package org.synergos.workbench.glsp.internal.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.synergos.diagram.layout.Box;

/** Where the user put each node of one diagram (kept beside the model, see {@link LayoutFile}). */
public final class NodePositions {

    private final Map<String, Box> boxes = new LinkedHashMap<>();

    public Map<String, Box> asMap() {
        return boxes;
    }

    public Box get(String id) {
        return boxes.get(id);
    }

    /** Records a position without an undoable command: the first placement of nodes the user never moved. */
    public void putIfAbsent(String id, Box box) {
        boxes.putIfAbsent(id, box);
    }

    void put(String id, Box box) {
        if (box == null) {
            boxes.remove(id);
        } else {
            boxes.put(id, box);
        }
    }

    /** A copy in id order, for saving. */
    public Map<String, Box> sorted() {
        return new TreeMap<>(boxes);
    }

    public void replaceAll(Map<String, Box> loaded) {
        boxes.clear();
        boxes.putAll(loaded);
    }
}
