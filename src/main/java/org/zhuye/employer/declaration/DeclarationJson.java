package org.zhuye.employer.declaration;

import java.math.BigDecimal;
import java.util.List;

import org.zhuye.employer.levy.LevyResult;
import org.zhuye.employer.levy.LevyStep;

/** The API's shapes for declarations: what is sent in, and what is answered. */
final class DeclarationJson {

    private DeclarationJson() {
    }

    /**
     * A declaration's figures. {@code employerId} and {@code year} are read when creating one only;
     * give {@code staffCount} or 12 {@code monthlyHeadcounts}.
     */
    record In(Long employerId, Integer year, Integer staffCount, List<Integer> monthlyHeadcounts, BigDecimal wageTotal,
              List<EmployeeIn> employees) {

        DeclarationInput toInput() {
            return new DeclarationInput(text(staffCount),
                    monthlyHeadcounts == null ? List.of() : monthlyHeadcounts.stream().map(DeclarationJson::text).toList(),
                    wageTotal == null ? "" : wageTotal.toPlainString(),
                    employees == null ? List.of() : employees.stream().map(EmployeeIn::toInput).toList());
        }
    }

    /** {@code dispatch}: NONE, COUNTED_HERE or COUNTED_BY_OTHER (default NONE). */
    record EmployeeIn(String name, String certificateNumber, Integer months, Boolean contractAtLeastOneYear,
                      BigDecimal monthlyWage, Boolean socialInsurancePaid, String dispatch) {

        EmployeeInput toInput() {
            return new EmployeeInput(name == null ? "" : name, certificateNumber == null ? "" : certificateNumber,
                    text(months), text(contractAtLeastOneYear), monthlyWage == null ? "" : monthlyWage.toPlainString(),
                    text(socialInsurancePaid), dispatch);
        }
    }

    record ReturnIn(String reason) {
    }

    record Summary(long id, long employerId, String employerName, String creditCode, String regionCode, int year,
                   String status, String statusLabel, String returnReason, String submittedAt, String reviewedAt,
                   String due, int version) {

        static Summary of(Declaration d) {
            return new Summary(d.id(), d.employerId(), d.employerName(), d.creditCode(), d.regionCode(), d.year(),
                    d.status().name(), d.status().label(), d.returnReason(), text(d.submittedAt()), text(d.reviewedAt()),
                    d.result() == null ? null : d.result().due().toPlainString(), d.version());
        }
    }

    record Page(List<Summary> rows, boolean hasNext, int page, int size) {
    }

    /** {@code problems} is empty for an employee who counts. */
    record EmployeeOut(int line, String name, String certificateMasked, Integer category, Integer grade, int months,
                       boolean contractAtLeastOneYear, BigDecimal monthlyWage, boolean socialInsurancePaid,
                       String dispatch, boolean counted, List<String> problems) {
    }

    record Levy(String due, boolean exempt, BigDecimal staff, BigDecimal counted, BigDecimal required,
                BigDecimal shortfall, BigDecimal ratio, BigDecimal factor, BigDecimal base, List<LevyStep> steps) {

        static Levy of(LevyResult r) {
            return new Levy(r.due().toPlainString(), r.exempt(), r.staff(), r.counted(), r.required(), r.shortfall(),
                    r.ratio(), r.factor(), r.base(), r.steps());
        }
    }

    /**
     * A declaration in full. {@code levy} is null when it cannot be computed, and {@code levyError} says
     * why; {@code filingDeadline} and {@code reviewLevel} are the year's parameters.
     */
    record Full(Summary declaration, Integer staffCount, List<Integer> monthlyHeadcounts, String wageTotal,
                List<EmployeeOut> employees, Levy levy, String levyError, String filingDeadline, String reviewLevel) {

        static Full of(DeclarationView view) {
            Declaration d = view.declaration();
            return new Full(Summary.of(d), d.staffCount(), d.monthlyHeadcounts(), d.wageTotal().toPlainString(),
                    view.rows().stream().map(r -> new EmployeeOut(r.employee().line(), r.employee().name(),
                            r.employee().certificateMasked(), r.employee().category(), r.employee().grade(),
                            r.employee().months(), r.employee().contract(), r.employee().monthlyWage(),
                            r.employee().socialInsurance(), r.employee().dispatch().name(), r.counted(), r.problems()))
                            .toList(),
                    view.levy().result() == null ? null : Levy.of(view.levy().result()), view.levy().error(),
                    view.rules().filingDeadline().toString(), view.rules().reviewLevel().name());
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
