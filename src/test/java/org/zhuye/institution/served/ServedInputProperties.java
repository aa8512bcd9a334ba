package org.zhuye.institution.served;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionStatus;
import org.zhuye.institution.ServedService;
import org.zhuye.person.DisabilityCategory;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

/** The admission rules over every kind, service, category, care mode and day. */
class ServedInputProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static Institution institution(Inputs in) {
        LocalDate opened = TODAY.minusDays(in.between(0, 4000));
        return new Institution(1, in.oneOf(InstitutionKind.class), "机构", null, "150402001001", "地址", 10, List.of(),
                null, null, opened, InstitutionStatus.OPERATING, null, Instant.EPOCH, "t", Instant.EPOCH, "t", 0);
    }

    @Test
    void anAdmissionIsAcceptedExactlyWhenEveryRuleHolds() {
        Tries.check(3000, in -> {
            Institution institution = institution(in);
            ServedService service = in.oneOf(ServedService.class);
            DisabilityCategory category = in.oneOf(DisabilityCategory.class);
            String mode = in.oneOf(null, "RESIDENTIAL", "DAY", "HOME");
            LocalDate from = TODAY.plusDays(in.between(-4500, 30));
            ServedInput input = new ServedInput("42", service.name(), mode, from.toString(), null);

            var checked = input.check(institution, category, TODAY);

            boolean allowed = ServedInput.allowedAt(institution.kind()).contains(service);
            boolean categoryFits = !ServedInput.massage(service) || category == DisabilityCategory.VISION;
            boolean modeFits = (service == ServedService.CARE) == (mode != null);
            boolean dayFits = !from.isAfter(TODAY) && !from.isBefore(institution.openedOn());
            assertThat(checked.errors().isEmpty()).as("%s %s %s %s %s", institution.kind(), service, category, mode, from)
                    .isEqualTo(allowed && categoryFits && modeFits && dayFits);
            if (!allowed || !categoryFits) {
                assertThat(checked.errors()).containsKey("service");
            }
            if (!dayFits) {
                assertThat(checked.errors()).containsKey("fromOn");
            }
        });
    }

    @Test
    void otherServiceIsAllowedAtEveryKindAndWorkOnlyWhereThePlanPlacesIt() {
        for (InstitutionKind kind : InstitutionKind.values()) {
            assertThat(ServedInput.allowedAt(kind)).contains(ServedService.OTHER);
            assertThat(ServedInput.allowedAt(kind).contains(ServedService.SHELTERED_WORK))
                    .isEqualTo(kind == InstitutionKind.SHELTERED_WORKSHOP || kind == InstitutionKind.WARM_HOME
                            || kind == InstitutionKind.CARE_HOME);
        }
    }
}
