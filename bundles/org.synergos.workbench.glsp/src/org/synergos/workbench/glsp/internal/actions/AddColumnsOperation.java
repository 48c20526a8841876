package org.synergos.workbench.glsp.internal.actions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.Operation;

/**
 * GLSP operation {@code synergosAddColumns} (see docs/workbench-protocol.md): data columns dropped from the
 * data panel. Onto a construct ({@code containerId}) they become its indicators; onto the canvas (no
 * container, {@code location}) a new reflective construct with them. One undoable command.
 */
public class AddColumnsOperation extends Operation {

    public static final String KIND = "synergosAddColumns";

    private List<String> columns = new ArrayList<>();
    private String containerId;
    private GPoint location;
    private String dataSourceId;

    public AddColumnsOperation() {
        super(KIND);
    }

    public List<String> getColumns() {
        return columns;
    }

    public AddColumnsOperation columns(List<String> value) {
        this.columns = value;
        return this;
    }

    public String getContainerId() {
        return containerId;
    }

    public AddColumnsOperation containerId(String value) {
        this.containerId = value;
        return this;
    }

    public GPoint getLocation() {
        return location;
    }

    public AddColumnsOperation location(GPoint value) {
        this.location = value;
        return this;
    }

    public String getDataSourceId() {
        return dataSourceId;
    }

    public AddColumnsOperation dataSourceId(String value) {
        this.dataSourceId = value;
        return this;
    }
}
