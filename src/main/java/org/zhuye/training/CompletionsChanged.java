package org.zhuye.training;

import java.util.Set;

/**
 * Completed enrolments of these persons were recorded, corrected or removed in a transaction; the in-memory
 * completion index re-reads them after the commit. Loads made with plain SQL publish {@link #everyone()}.
 */
public record CompletionsChanged(Set<Long> personIds, boolean all) {

    public CompletionsChanged {
        personIds = Set.copyOf(personIds);
    }

    public static CompletionsChanged of(long personId) {
        return new CompletionsChanged(Set.of(personId), false);
    }

    public static CompletionsChanged everyone() {
        return new CompletionsChanged(Set.of(), true);
    }
}
