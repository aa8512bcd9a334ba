package org.zhuye.account;

/**
 * One line of the home page's work queue: what to do, how many (or, for a single step such as an
 * employer's own declaration, no count and a sentence saying what comes next) and the page where it is
 * done, already filtered.
 */
public record HomeTask(String label, Long count, String link, Urgency urgency, String detail) {

    public enum Urgency {
        /** Past its date. */
        OVERDUE("已逾期"),
        /** Waiting for this user now. */
        WAITING("待处理"),
        /** Due soon. */
        UPCOMING("即将到期"),
        /** Nothing to do; said so the user knows where things stand. */
        SETTLED("无需处理");

        private final String label;

        Urgency(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static HomeTask count(String label, long count, String link, Urgency urgency) {
        return new HomeTask(label, count, link, urgency, null);
    }

    public static HomeTask step(String label, String detail, String link, Urgency urgency) {
        return new HomeTask(label, null, link, urgency, detail);
    }

    /** Whether anything waits: a count above zero, or a step that is not settled. */
    public boolean waiting() {
        return count == null ? urgency != Urgency.SETTLED : count > 0;
    }

    /** How the page orders tasks: waiting ones first, the most urgent first. */
    public int rank() {
        return (waiting() ? 0 : 10) + urgency.ordinal();
    }
}
