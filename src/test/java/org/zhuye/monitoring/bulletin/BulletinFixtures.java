package org.zhuye.monitoring.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.target.Target;
import org.zhuye.monitoring.target.TargetRepository;
import org.zhuye.person.CertificateNumber;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * Moves into work and targets for the 通报 tests, through the registry's and the targets' own services: a person
 * registered in a village (dated back, as a taken-over record is) who moves into work on a day.
 */
@Component
public class BulletinFixtures {

    private static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

    private final PersonRegistry registry;
    private final EmploymentHistory employment;
    private final TargetRepository targets;

    BulletinFixtures(PersonRegistry registry, EmploymentHistory employment, TargetRepository targets) {
        this.registry = registry;
        this.employment = employment;
        this.targets = targets;
    }

    /** A person of working age registered in {@code village} on 2024-01-01 who moves into work on {@code day}. */
    public long movesIntoWork(String village, LocalDate day) {
        int n = SEQUENCE.getAndIncrement();
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(n * 7L + 3);
        String body = "152223" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", (n * 2 + 1) % 1000);
        String certificate = body + CertificateNumber.checkCharacter(body) + "42";
        long id = registry.register(new PersonInput(certificate, "通报测试", "汉族", "初级中学", village, "农村", null, null,
                null, null, null, null, null, null, "2024-01-01"), PROVINCE);
        employment.record(id, new EmploymentInput(day.toString(), "是", "灵活就业", null, null, null, null, null, null),
                false, PROVINCE);
        return id;
    }

    /** Sets (or resets) a target, whoever set it before. */
    public Target target(String indicator, String regionCode, ReportingPeriod period, long value) {
        Integer version = targets.find(indicator, RegionCode.of(regionCode), period).map(Target::version).orElse(null);
        return targets.save(indicator, RegionCode.of(regionCode), period, BigDecimal.valueOf(value), "测试", "test", version);
    }
}
