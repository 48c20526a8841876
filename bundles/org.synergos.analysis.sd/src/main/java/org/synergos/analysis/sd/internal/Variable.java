package org.synergos.analysis.sd.internal;

/**
 * One variable of a compiled model: its slot in the value vector, kind, model id and name, declared units
 * (null when none) and the observed-data column compared with it (null when none).
 */
public record Variable(int slot, Kind kind, String id, String name, String units, String observedColumn) {

    public enum Kind {
        PARAMETER("parameter"), STOCK("stock"), FLOW("flow"), AUXILIARY("auxiliary"), DELAY("delay");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "auxiliary 'knowledge_growth'": how messages name it. */
    public String describe() {
        return kind.label() + " '" + name + "'";
    }
}
