package org.zhuye.employer.declaration;

import java.math.BigDecimal;
import java.util.List;

import org.zhuye.employer.Employer;

/**
 * A declaration as shown: its rows with their current check results (as frozen, once confirmed),
 * the levy with its explanation, and what the viewer may do next.
 */
public record DeclarationView(Declaration declaration, Employer employer, DeclarationRules rules,
                              List<Row> rows, DeclarationChecker.LevyOutcome levy, Actions actions) {

    public long countedPersons() {
        return rows.stream().filter(Row::counted).count();
    }

    /** One employee: the stored row and the reasons it does not count (none: it counts). */
    public record Row(DeclaredEmployee employee, List<String> problems) {
        public boolean counted() {
            return problems.isEmpty();
        }

        public String categoryLabel() {
            Integer category = employee.category();
            Integer grade = employee.grade();
            if (category == null || grade == null) {
                return "—";
            }
            return org.zhuye.person.DisabilityCategory.of(category).map(c -> c.label()).orElse("?")
                    + new String[]{"", "一级", "二级", "三级", "四级"}[grade];
        }

        public BigDecimal monthlyWage() {
            return employee.monthlyWage();
        }
    }

    /**
     * @param deadlinePassed the filing deadline is behind us: a draft can no longer be submitted
     */
    public record Actions(boolean edit, boolean submit, boolean review, boolean deadlinePassed) {
    }
}
