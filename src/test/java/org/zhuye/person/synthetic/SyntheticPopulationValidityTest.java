package org.zhuye.person.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.CodeLists;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonInput;
import org.zhuye.person.RetirementRule;
import org.zhuye.person.WorkingAge;
import org.zhuye.person.imports.PersonTemplate;
import org.zhuye.testing.ZhuyeTest;

/** Synthetic rows against the registry's real validators and code lists, read from the database. */
@ZhuyeTest
class SyntheticPopulationValidityTest {

    @Autowired
    CodeLists codes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyThousandRowsPassThePersonAndEmploymentValidators() {
        LocalDate today = LocalDate.now();
        SyntheticPopulation population = SyntheticPopulation.innerMongolia(2026, today);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            List<String> row = population.next();
            PersonInput.Validated person = PersonTemplate.person(row).validate(codes);
            if (!person.ok()) {
                problems.add(row + " " + person.errors());
                continue;
            }
            EmploymentInput status = PersonTemplate.employment(row);
            assertThat(status).as("every synthetic person has a current status").isNotNull();
            EmploymentInput.Validated employment = status.validate(codes, today, person.data().certificate().birthDate());
            if (!employment.ok()) {
                problems.add(row + " " + employment.errors());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theGeneratorsWorkingAgeIsTheOneTheRegistrySeedsForInnerMongolia() {
        record Rule(String sex, int minimum, int base, LocalDate firstDelayed, int perStep, int maxDelay) {
        }
        List<Rule> seeded = jdbc.sql("""
                SELECT sex, minimum_age_years, base_age_years, first_delayed_birth_month, birth_months_per_step, max_delay_months
                FROM retirement_rule WHERE region_prefix = '15' ORDER BY sex DESC, valid_from DESC
                """)
                .query((rs, i) -> new Rule(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getDate(4).toLocalDate(),
                        rs.getInt(5), rs.getInt(6)))
                .list();
        WorkingAge generator = SyntheticPopulation.WORKING_AGE;
        Rule men = seeded.stream().filter(r -> r.sex().equals("M")).findFirst().orElseThrow();
        Rule women = seeded.stream().filter(r -> r.sex().equals("F")).findFirst().orElseThrow();
        assertThat(generator.minimumAgeYears()).isEqualTo(men.minimum()).isEqualTo(women.minimum());
        assertThat(generator.men()).isEqualTo(new RetirementRule(men.base(), YearMonth.from(men.firstDelayed()), men.perStep(),
                men.maxDelay()));
        assertThat(generator.women()).isEqualTo(new RetirementRule(women.base(), YearMonth.from(women.firstDelayed()),
                women.perStep(), women.maxDelay()));
    }
}
