package org.zhuye.casework.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A saved assessment, with the date and staff member of its service record. */
public record Assessment(long serviceId, long personId, LocalDate assessedOn, String assessedBy, boolean voided,
                         String scale, AbilityScores scores, Map<String, String> notes, AbilityLevel level,
                         List<String> suggestedKinds, List<String> chosenKinds) {

    public String note(AbilityScores.Item item) {
        return notes.get(item.field());
    }
}
