package org.zhuye.training.startup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A business as {@code /api/v1/businesses} gives it; {@code startupSubsidy} is null until granted. */
record BusinessJson(long id, long personId, String kind, String name, String creditCode, String industry,
                    LocalDate startedOn, String regionCode, String address, int jobsCreated, int jobsForDisabled,
                    Long incubatorId, LocalDate incubatedFrom, LocalDate incubatedUntil, String status, LocalDate closedOn,
                    Long employmentEventId, Subsidy startupSubsidy, int version) {

    /** The grant and the conditions it was made on. */
    record Subsidy(BigDecimal amount, LocalDate grantedOn, List<StartupSubsidyRule.Condition> conditions) {
    }

    record Loan(long id, String bank, BigDecimal amount, BigDecimal annualRate, int termMonths, LocalDate startedOn,
                BigDecimal interestTotal, BigDecimal subsidyTotal, List<BigDecimal> subsidyByYear) {

        static Loan of(BusinessLoan l) {
            return new Loan(l.id(), l.bank(), l.amount(), l.annualRate(), l.termMonths(), l.startedOn(), l.interestTotal(),
                    l.subsidyTotal(), l.subsidyByYear());
        }
    }

    record Page(List<BusinessJson> rows, int page, long pages, long total) {
    }

    record Closing(String closedOn) {
    }

    static BusinessJson of(Business b, StartupSubsidy s) {
        return new BusinessJson(b.id(), b.personId(), b.kind().name(), b.name(), b.creditCode(), b.industry().name(),
                b.startedOn(), b.regionCode(), b.address(), b.jobsCreated(), b.jobsForDisabled(), b.incubatorId(),
                b.incubatedFrom(), b.incubatedUntil(), b.status().name(), b.closedOn(), b.employmentEventId(),
                s == null ? null : new Subsidy(s.amount(), s.grantedOn(), s.conditions()), b.version());
    }
}
