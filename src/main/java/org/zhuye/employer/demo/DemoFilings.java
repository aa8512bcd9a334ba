package org.zhuye.employer.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.zhuye.employer.declaration.DeclarationInput;
import org.zhuye.employer.declaration.EmployeeInput;
import org.zhuye.employer.demo.DemoUnit.Failure;
import org.zhuye.employer.demo.DemoWorkforce.Worker;
import org.zhuye.person.CertificateNumber;
import org.zhuye.person.PersonRegistry;

/**
 * What a demo unit declares: its staff (one number or 12 months), wage total, the disabled
 * employees meant to reach its quota target, and those meant to fail a check. Whether they count
 * is left to the workflow's checks; this only chooses whom to name.
 */
final class DemoFilings {

    private static final List<String> UNREGISTERED_NAMES = List.of("乌日娜", "王建军", "其其格", "刘淑芬", "巴特尔", "张丽");

    private final DemoWorkforce workforce;
    private final PersonRegistry registry;
    private final SplittableRandom random;
    /** Persons counted by a confirmed declaration so far: a later unit naming one of them is refused it. */
    private final List<Worker> countedSoFar = new ArrayList<>();

    DemoFilings(DemoWorkforce workforce, PersonRegistry registry, long seed) {
        this.workforce = workforce;
        this.registry = registry;
        this.random = new SplittableRandom(seed);
    }

    DeclarationInput input(DemoUnit unit, BigDecimal quotaRatio) {
        List<EmployeeInput> employees = new ArrayList<>();
        List<Worker> counting = workforce.counting(unit.league(), weight(unit.target(), unit.staff(), quotaRatio));
        counting.forEach(w -> employees.add(employee(w.name(), w.certificateNumber(), wage(), true)));
        for (Failure failure : unit.failures()) {
            EmployeeInput failing = failing(failure, unit);
            if (failing != null) {
                employees.add(failing);
            }
        }
        if (unit.filing() == org.zhuye.employer.declaration.DeclarationStatus.CONFIRMED) {
            countedSoFar.addAll(counting);
        }
        BigDecimal wageTotal = BigDecimal.valueOf((long) unit.staff() * unit.averageWage());
        if (unit.monthly()) {
            List<String> months = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                months.add(String.valueOf(Math.max(1, Math.round(unit.staff() * (0.96 + random.nextDouble() * 0.08)))));
            }
            return new DeclarationInput("", months, wageTotal.toPlainString(), employees);
        }
        return new DeclarationInput(String.valueOf(unit.staff()), List.of(), wageTotal.toPlainString(), employees);
    }

    /** The weight of counted employees to aim at: required = staff × ratio, 1% is the tier boundary. */
    static int weight(DemoUnit.Target target, int staff, BigDecimal quotaRatio) {
        BigDecimal required = quotaRatio.multiply(BigDecimal.valueOf(staff));
        int atQuota = Math.max(1, required.setScale(0, RoundingMode.CEILING).intValue());
        // The largest whole number strictly below 1% of staff.
        int underOne = Math.max(0, BigDecimal.valueOf(staff).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .intValue() - 1);
        return switch (target) {
            case NONE -> 0;
            case UNDER_ONE_PERCENT -> underOne;
            case UNDER_QUOTA -> {
                int fromOne = BigDecimal.valueOf(staff).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
                int belowQuota = required.setScale(0, RoundingMode.CEILING).intValue() - 1;
                yield fromOne <= belowQuota && fromOne > 0 ? belowQuota : underOne;
            }
            case AT_QUOTA -> atQuota;
            case OVER_QUOTA -> atQuota + 1;
        };
    }

    private EmployeeInput failing(Failure failure, DemoUnit unit) {
        return switch (failure) {
            case PAST_WORKING_AGE -> named(workforce.pastWorkingAge(unit.league()), wage(), true);
            case BELOW_MINIMUM_WAGE -> named(workforce.anyWorking(unit.league()), "1600", true);
            case NO_SOCIAL_INSURANCE -> named(workforce.anyWorking(unit.league()), wage(), false);
            case NOT_REGISTERED -> employee(UNREGISTERED_NAMES.get(random.nextInt(UNREGISTERED_NAMES.size()))
                    + SyntheticEmployerNames.MARKER, unregisteredNumber(unit.input().regionCode()), wage(), true);
            case COUNTED_ELSEWHERE -> countedSoFar.isEmpty() ? null : named(countedSoFar.get(random.nextInt(countedSoFar.size())),
                    wage(), true);
        };
    }

    private static EmployeeInput named(Worker worker, String wage, boolean insured) {
        return worker == null ? null : employee(worker.name(), worker.certificateNumber(), wage, insured);
    }

    private static EmployeeInput employee(String name, String certificate, String wage, boolean insured) {
        return new EmployeeInput(name, certificate, "12", "true", wage, String.valueOf(insured), "NONE");
    }

    private String wage() {
        return String.valueOf(2600 + 100 * random.nextInt(40));
    }

    /** A well-formed certificate number of the unit's county that nobody in the registry holds. */
    private String unregisteredNumber(String regionCode) {
        while (true) {
            LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(random.nextInt(20 * 365));
            String body = regionCode.substring(0, 6) + birth.toString().replace("-", "")
                    + String.format("%03d", random.nextInt(1000));
            String number = body + CertificateNumber.checkCharacter(body) + "43";
            if (registry.factsFor(CertificateNumber.parse(number).number()).isEmpty()) {
                return number;
            }
        }
    }
}
