package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** GLSP action {@code synergosSetProperty} (see docs/workbench-protocol.md). */
public class SetPropertyAction extends Action {

    public static final String KIND = "synergosSetProperty";

    private String elementId;
    private String name;
    private Object value;

    public SetPropertyAction() {
        super(KIND);
    }

    public String getElementId() {
        return elementId;
    }

    public SetPropertyAction elementId(String value) {
        this.elementId = value;
        return this;
    }

    public String getName() {
        return name;
    }

    public SetPropertyAction name(String value) {
        this.name = value;
        return this;
    }

    public Object getValue() {
        return value;
    }

    public SetPropertyAction value(Object value) {
        this.value = value;
        return this;
    }
}
