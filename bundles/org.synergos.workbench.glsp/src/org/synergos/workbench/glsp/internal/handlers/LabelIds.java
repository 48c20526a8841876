package org.synergos.workbench.glsp.internal.handlers;

/** Label ids are their owner's id plus a suffix (see the GModel factory). */
final class LabelIds {

    private LabelIds() {
    }

    static String owner(String id) {
        if (id.endsWith("_label")) {
            return id.substring(0, id.length() - "_label".length());
        }
        int overlay = id.indexOf("_overlay_");
        return overlay > 0 ? id.substring(0, overlay) : id;
    }
}
