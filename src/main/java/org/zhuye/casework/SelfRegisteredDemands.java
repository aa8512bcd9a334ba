package org.zhuye.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.ui.Model;
import org.zhuye.region.Jurisdiction;

/**
 * A job demand the person registers themself (self-service, issue 12): a 就业需求登记 service delivered by
 * {@link #DELIVERED_BY} on the day, with the demand form's fields, recorded in one transaction through the
 * same service record and form rules as a worker's registration (implemented in {@code casework.demand},
 * whose form it is). Other modules see only this root type.
 */
public interface SelfRegisteredDemands {

    /** Who delivered a self-registered demand, as its service record says. */
    String DELIVERED_BY = "本人（自助登记）";

    /**
     * Checks the form (the demand's own rules: occupations, places of the person's league and county, hours,
     * wage, needs) and records the service and its form; throws {@link CaseworkRuleException} with every
     * problem, saving nothing. Form fields as posted: occupations, places, hours, expectedWage, accommodations,
     * accommodationNote, wantsTraining, wantsBusiness.
     */
    long register(long personId, Map<String, List<String>> form, Jurisdiction jurisdiction);

    /** The person's current demand (the latest not voided), in words. */
    Optional<DemandSummary> current(long personId, Jurisdiction jurisdiction);

    /**
     * Puts what {@code casework/demand-form :: fields} needs into the model: the choices (occupations, the
     * person's places, hours, needs), the answers — those posted, or the current demand's when {@code form}
     * is null — and the errors.
     */
    void addFormTo(long personId, Map<String, List<String>> form, Map<String, String> errors, Jurisdiction jurisdiction,
                   Model model);

    /** A demand in words, for the person's own pages. */
    record DemandSummary(LocalDate registeredOn, String registeredBy, List<String> occupations, List<String> places,
                         String hours, BigDecimal expectedWage, List<String> accommodations, String accommodationNote,
                         boolean wantsTraining, boolean wantsBusiness) {
    }
}
