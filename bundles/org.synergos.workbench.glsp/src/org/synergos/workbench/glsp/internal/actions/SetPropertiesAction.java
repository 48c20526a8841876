package org.synergos.workbench.glsp.internal.actions;

import org.eclipse.glsp.server.actions.Action;

/** GLSP action {@code synergosSetProperties} (see docs/workbench-protocol.md). */
public class SetPropertiesAction extends Action {

    public static final String KIND = "synergosSetProperties";

    private String elementId;
    private String eClass;
    private java.util.List<PropertyDescriptor> properties;

    public SetPropertiesAction() {
        super(KIND);
    }

    public String getElementId() {
        return elementId;
    }

    public SetPropertiesAction elementId(String value) {
        this.elementId = value;
        return this;
    }

    public String getEClass() {
        return eClass;
    }

    public SetPropertiesAction eClass(String value) {
        this.eClass = value;
        return this;
    }

    public java.util.List<PropertyDescriptor> getProperties() {
        return properties;
    }

    public SetPropertiesAction properties(java.util.List<PropertyDescriptor> value) {
        this.properties = value;
        return this;
    }
}
