package org.zhuye.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhuye.employer.levy.DisabledEmployee;
import org.zhuye.employer.EmployerType;
import org.zhuye.employer.levy.Headcount;
import org.zhuye.employer.levy.LevyCalculator;
import org.zhuye.employer.levy.LevyDeclaration;
import org.zhuye.employer.levy.LevyParameterRepository;
import org.zhuye.employer.levy.LevyResult;
import org.zhuye.region.RegionCode;

/**
 * The levy engine over 100,000 synthetic declarations with the parameters seeded by V7: parameter
 * resolution (region → nearest prefix, collection year) and the full calculation with its
 * explanation, single-threaded. Writes its section of docs/benchmarks.md.
 * Run: {@code mvn -Pbench test -Dtest=LevyBench}.
 */
@SpringBootTest(properties = {
        "zhuye.data-dir=${zhuye.bench.data-dir}",
        "zhuye.admin.initial-password=Bench-Steppe-2026",
})
class LevyBench {

    static final int DECLARATIONS = Integer.getInteger("zhuye.bench.declarations", 100_000);
    static final int WARM_UP_PASSES = 3;
    static final int TIMED_PASSES = 5;

    static {
        BenchReport.freshDataDirectory("levy");
    }

    @Autowired
    LevyParameterRepository parameters;

    @Test
    void levyOfAHundredThousandDeclarations() throws IOException {
        List<LevyDeclaration> declarations = SyntheticDeclarations.generate(DECLARATIONS, new Random(20_241_122));
        LevyCalculator calculator = new LevyCalculator();
        Outcome outcome = null;
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            outcome = run(declarations, calculator);
        }
        // The machine is shared: thread CPU time shows the engine's own cost when others load the cores.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[TIMED_PASSES];
        long[] cpu = new long[TIMED_PASSES];
        for (int i = 0; i < TIMED_PASSES; i++) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            Outcome again = run(declarations, calculator);
            nanos[i] = System.nanoTime() - started;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
            if (!again.equals(outcome)) {
                throw new IllegalStateException("results differ between passes");
            }
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double bestMs = sorted[0] / 1e6;
        double medianMs = sorted[TIMED_PASSES / 2] / 1e6;
        Arrays.sort(cpu);
        double medianCpuMs = cpu[TIMED_PASSES / 2] / 1e6;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String report = """
                ## Levy engine

                %s, %s. `LevyBench` (`mvn -Pbench test -Dtest=LevyBench`, surefire `-Xmx1g`, one thread):
                %,d synthetic declarations (seeded generator `SyntheticDeclarations`: 12 leagues and some counties,
                collection years 2020–2027 with 2024 most common, every employer type, staff 5–20,000 log-uniform,
                half declared as 12 monthly headcounts, average wages 40,000–260,000, 0–3%% disabled staff of every
                category and grade, a fifth of them part-year). Each: parameters resolved from the V7 table
                (`LevyParameterRepository.resolve`) and the levy computed with its 9-step Chinese explanation.

                | figure | value |
                |---|---|
                | time for %,d declarations, median of %d passes (after %d warm-up passes) | **%.0f ms** (target < 2,000 ms) |
                | best pass | %.0f ms |
                | thread CPU time, median pass | %.0f ms |
                | system load average (1 min) at the end, on %d cores | %.1f |
                | per declaration (median pass) | %.1f µs |
                | exempt (enterprises ≤ 30) / quota met / 50%% tier / 90%% tier | %,d / %,d / %,d / %,d |
                | capped at 2 × the social average wage | %,d |
                | total due | %s 元 |

                Target met: %s.
                """.formatted(BenchReport.machine(), ZonedDateTime.now().toLocalDate(), DECLARATIONS,
                DECLARATIONS, TIMED_PASSES, WARM_UP_PASSES, medianMs, bestMs, medianCpuMs,
                Runtime.getRuntime().availableProcessors(), load, medianMs * 1000 / DECLARATIONS,
                outcome.exempt, outcome.met, outcome.half, outcome.ninety, outcome.capped,
                String.format(Locale.ROOT, "%,.2f", outcome.total), medianMs < 2000 ? "yes" : "NO");
        System.out.println("\n" + report);
        BenchReport.write("## Levy engine", report);
    }

    private Outcome run(List<LevyDeclaration> declarations, LevyCalculator calculator) {
        long exempt = 0;
        long met = 0;
        long half = 0;
        long ninety = 0;
        long capped = 0;
        long steps = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (LevyDeclaration declaration : declarations) {
            LevyResult result = calculator.calculate(declaration,
                    parameters.resolve(declaration.region(), declaration.year()));
            total = total.add(result.due());
            steps += result.steps().size();
            if (result.exempt()) {
                exempt++;
            } else if (result.factor().signum() == 0) {
                met++;
            } else if (result.factor().compareTo(new BigDecimal("0.5")) == 0) {
                half++;
            } else {
                ninety++;
            }
            if (!result.exempt() && result.steps().get(4).result().contains("按上限")) {
                capped++;
            }
        }
        return new Outcome(exempt, met, half, ninety, capped, steps, total);
    }

    record Outcome(long exempt, long met, long half, long ninety, long capped, long steps, BigDecimal total) {
    }

    /** Varied, plausible declarations; a fixed seed makes every run compute the same ones. */
    static final class SyntheticDeclarations {

        private static final String[] REGIONS = {"1501", "1502", "1503", "1504", "1505", "1506", "1507", "1508", "1509",
                "1522", "1525", "1529", "150102", "150203", "150781", "152501", "150525"};
        private static final EmployerType[] TYPES = {EmployerType.PRIVATE_ENTERPRISE, EmployerType.STATE_OWNED_ENTERPRISE,
                EmployerType.AGENCY, EmployerType.PUBLIC_INSTITUTION, EmployerType.SOCIAL_ORGANIZATION, EmployerType.OTHER};
        private static final int[] TYPE_WEIGHTS = {55, 10, 12, 15, 5, 3};
        private static final int[] CATEGORY_WEIGHTS = {12, 15, 3, 40, 12, 10, 8};
        private static final int[] GRADE_WEIGHTS = {10, 20, 30, 40};

        static List<LevyDeclaration> generate(int count, Random random) {
            RegionCode[] regions = Arrays.stream(REGIONS).map(RegionCode::of).toArray(RegionCode[]::new);
            List<LevyDeclaration> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int year = random.nextInt(10) < 7 ? 2024 : 2020 + random.nextInt(8);
                // Only 2024 has a seeded social average wage; other years carry their own, as a declaration may.
                BigDecimal social = year == 2024 ? null : BigDecimal.valueOf(70_000 + random.nextInt(20_000));
                int staff = (int) Math.round(Math.exp(Math.log(5) + random.nextDouble() * (Math.log(20_000) - Math.log(5))));
                Headcount headcount = random.nextBoolean() ? Headcount.of(staff) : monthly(staff, random);
                long perHead = 40_000 + random.nextInt(220_000);
                BigDecimal wageTotal = BigDecimal.valueOf(perHead * staff + random.nextInt(100_000))
                        .add(BigDecimal.valueOf(random.nextInt(100), 2));
                int disabled = (int) Math.round(staff * random.nextDouble() * 0.03 * (random.nextInt(4) == 0 ? 0 : 1));
                List<DisabledEmployee> employees = new ArrayList<>(disabled);
                for (int e = 0; e < disabled; e++) {
                    employees.add(new DisabledEmployee(pick(CATEGORY_WEIGHTS, random) + 1, pick(GRADE_WEIGHTS, random) + 1,
                            random.nextInt(5) == 0 ? 1 + random.nextInt(11) : 12));
                }
                out.add(new LevyDeclaration(year, regions[random.nextInt(regions.length)], TYPES[pick(TYPE_WEIGHTS, random)],
                        headcount, wageTotal, social, employees));
            }
            return out;
        }

        private static Headcount monthly(int staff, Random random) {
            List<Integer> months = new ArrayList<>(12);
            for (int m = 0; m < 12; m++) {
                months.add(Math.max(0, (int) Math.round(staff * (1 + random.nextGaussian() * 0.04))));
            }
            if (months.stream().allMatch(m -> m == 0)) {
                months.set(0, 1);
            }
            return Headcount.monthly(months);
        }

        private static int pick(int[] weights, Random random) {
            int total = Arrays.stream(weights).sum();
            int roll = random.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                roll -= weights[i];
                if (roll < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }
    }
}
