package org.synergos.analysis.coupling.internal;

import java.util.List;

/**
 * The customary classifications of the coupling coordination degree D and of the coupling degree C, with
 * the names and intervals of Tian, Li, Yang, Zhang &amp; Guo (2021), Acta Geographica Sinica 76(4), 781,
 * Table 1: every interval is open below and closed above, (0.4, 0.5] "on the verge of disorder", and 0
 * belongs to the first; so D = 0.5 is "on the verge of disorder", not "barely coordinated". The bounds are
 * the decimal literals 0.1, 0.2, …, compared as doubles.
 */
public final class Classification {

    /** A class: its lower bound, Chinese and English names. */
    public record Grade(int number, double lower, String chinese, String english) {

        /** "0.5–0.6". */
        public String interval(double upper) {
            return format(lower) + "–" + format(upper);
        }

        private static String format(double bound) {
            return bound == 0 ? "0" : bound == 1 ? "1" : String.valueOf(bound);
        }
    }

    /** The ten levels of D. */
    public static final List<Grade> LEVELS = List.of(new Grade(1, 0.0, "极度失调", "extreme disorder"),
            new Grade(2, 0.1, "严重失调", "serious disorder"), new Grade(3, 0.2, "中度失调", "moderate disorder"),
            new Grade(4, 0.3, "轻度失调", "mild disorder"), new Grade(5, 0.4, "濒临失调", "on the verge of disorder"),
            new Grade(6, 0.5, "勉强协调", "barely coordinated"), new Grade(7, 0.6, "初级协调", "primary coordination"),
            new Grade(8, 0.7, "中级协调", "intermediate coordination"), new Grade(9, 0.8, "良好协调", "good coordination"),
            new Grade(10, 0.9, "优质协调", "quality coordination"));

    /** The four coarse classes of D. */
    public static final List<Grade> CLASSES = List.of(new Grade(1, 0.0, "低度协调", "low"),
            new Grade(2, 0.3, "中度协调", "moderate"), new Grade(3, 0.5, "高度协调", "high"),
            new Grade(4, 0.8, "极度协调", "extreme"));

    /** The four stages of the coupling degree C. */
    public static final List<Grade> STAGES = List.of(new Grade(1, 0.0, "低水平耦合", "low-level coupling"),
            new Grade(2, 0.3, "拮抗", "antagonism"), new Grade(3, 0.5, "磨合", "running-in"),
            new Grade(4, 0.8, "高水平耦合", "high-level coupling"));

    private Classification() {
    }

    /** The grade whose interval holds the value; null for an undefined value. */
    public static Grade of(List<Grade> grades, double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        Grade found = grades.get(0);
        for (Grade grade : grades) {
            if (value > grade.lower()) {
                found = grade;
            }
        }
        return found;
    }

    /** "0–0.3 low, 0.3–0.5 moderate, …" for table notes. */
    public static String describe(List<Grade> grades, boolean chinese) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < grades.size(); i++) {
            Grade grade = grades.get(i);
            double upper = i + 1 < grades.size() ? grades.get(i + 1).lower() : 1;
            text.append(i == 0 ? "" : ", ").append(grade.interval(upper)).append(' ').append(grade.english());
            if (chinese) {
                text.append(" (").append(grade.chinese()).append(')');
            }
        }
        return text.toString();
    }
}
