package org.synergos.data;

/** Reads a cell as a finite number with '.' as decimal separator; anything else is NaN. */
final class NumberCells {

    private NumberCells() {
    }

    static double parse(String cell) {
        if (cell == null) {
            return Double.NaN;
        }
        String trimmed = cell.trim();
        if (trimmed.isEmpty() || !looksNumeric(trimmed)) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(trimmed);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Refuses Java-only spellings such as "1d", "0x1p3", "NaN" and "Infinity" that parseDouble accepts. */
    private static boolean looksNumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean allowed = (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == 'e'
                    || ch == 'E';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
