package org.zhuye.casework.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A saved job demand, with the date and staff member of its service record; {@code current} for the latest standing one. */
public record Demand(long serviceId, long personId, LocalDate registeredOn, String registeredBy, boolean voided,
                     boolean current, Fields fields) {

    public record Fields(List<String> occupations, List<String> places, String hours, BigDecimal expectedWage,
                         List<String> accommodations, String accommodationNote, boolean wantsTraining,
                         boolean wantsBusiness) {
    }
}
