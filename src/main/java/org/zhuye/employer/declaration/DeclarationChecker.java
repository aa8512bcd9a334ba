package org.zhuye.employer.declaration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.employer.Employer;
import org.zhuye.employer.levy.DisabledEmployee;
import org.zhuye.employer.levy.Headcount;
import org.zhuye.employer.levy.Levies;
import org.zhuye.employer.levy.LevyDeclaration;
import org.zhuye.employer.levy.LevyInputException;
import org.zhuye.employer.levy.LevyResult;
import org.zhuye.employer.levy.NoLevyParameters;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRepository.RegisteredFacts;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.RegionCode;

/**
 * Checks a declaration's employees against the registry and computes its levy with the levy
 * engine. Nothing here writes; the workflow stores what it returns.
 */
@Component
class DeclarationChecker {

    private final PersonRegistry persons;
    private final WorkingAgeRules workingAge;
    private final DeclarationParameters parameters;
    private final DeclarationRepository declarations;
    private final Levies levies;

    DeclarationChecker(PersonRegistry persons, WorkingAgeRules workingAge, DeclarationParameters parameters,
                       DeclarationRepository declarations, Levies levies) {
        this.persons = persons;
        this.workingAge = workingAge;
        this.parameters = parameters;
        this.declarations = declarations;
        this.levies = levies;
    }

    /** Every employee's outcome, in order. */
    List<EmployeeCheck.Outcome> check(Employer employer, DeclarationRules rules, List<EmployeeLine> lines) {
        EmployeeCheck check = new EmployeeCheck(employer.regionCode(), rules,
                parameters.minimumWage(employer.regionCode(), rules.checkDate()),
                region -> workingAge.on(region, rules.checkDate()),
                parameters.noMinimumWage(employer.regionCode(), rules.checkDate()));
        Map<Long, Integer> firstRowOf = new HashMap<>();
        Map<String, Integer> firstRowOfNumber = new HashMap<>();
        List<EmployeeCheck.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            EmployeeLine line = lines.get(i);
            Optional<RegisteredFacts> facts = line.certificate().valid()
                    ? persons.factsFor(line.certificate().number()) : Optional.empty();
            // One person is one certificate without its reissue suffix, registered or not.
            String key = line.certificate().valid() ? line.certificate().number().withoutReissue() : line.certificateText();
            int row = i + 1;
            Integer earlier = facts.map(f -> firstRowOf.putIfAbsent(f.id(), row)).orElse(null);
            Integer earlierNumber = firstRowOfNumber.putIfAbsent(key, row);
            int duplicateOf = earlier != null ? earlier : earlierNumber != null ? earlierNumber : 0;
            boolean elsewhere = facts.isPresent() && declarations.countedElsewhere(facts.get().id(), rules.year(), employer.id());
            outcomes.add(check.check(line, facts, duplicateOf, elsewhere));
        }
        return outcomes;
    }

    /** The levy from the counted employees, or why it cannot be computed (missing parameters). */
    LevyOutcome levy(Employer employer, int year, Headcount headcount, java.math.BigDecimal wageTotal,
                     List<CountedEmployee> counted) {
        List<DisabledEmployee> employees = counted.stream()
                .map(c -> new DisabledEmployee(c.category(), c.grade(), c.months())).toList();
        try {
            LevyResult result = levies.assess(new LevyDeclaration(year, RegionCode.of(employer.regionCode()),
                    employer.type(), headcount, wageTotal, null, employees));
            return new LevyOutcome(result, null);
        } catch (NoLevyParameters | LevyInputException e) {
            return new LevyOutcome(null, e.getMessage());
        }
    }

    /** The year's quota ratio for the unit's region (the levy parameter). */
    java.math.BigDecimal quotaRatio(Employer employer, int year) {
        return levies.parametersFor(RegionCode.of(employer.regionCode()), year).quotaRatio();
    }

    /** A counted employee as the levy needs one. */
    record CountedEmployee(int category, int grade, int months) {
    }

    /** Either the levy or the reason it could not be computed. */
    public record LevyOutcome(LevyResult result, String error) {
    }
}
