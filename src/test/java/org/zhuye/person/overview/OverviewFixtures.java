package org.zhuye.person.overview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.person.CertificateNumber;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.Sex;
import org.zhuye.region.Jurisdiction;

/**
 * Registers persons for the overview tests through the real registry and employment history, with
 * certificate numbers that give the wanted birth date and sex. Registrations can be dated back
 * (as records taken over from older files are), which the overview's as-of dates need. A bean of the
 * test context, so that tests ask for it instead of building it from its four parts.
 */
@Component
public class OverviewFixtures {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

    private final PersonRegistry registry;
    private final EmploymentHistory employment;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OverviewFixtures(PersonRegistry registry, EmploymentHistory employment, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.registry = registry;
        this.employment = employment;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A valid, unused certificate number of someone born on {@code birth} (odd sequence: male). */
    static String certificate(LocalDate birth, Sex sex, int category, int grade) {
        int n = SEQUENCE.getAndIncrement();
        int sequence = (2 * n + (sex == Sex.MALE ? 1 : 0)) % 1000;
        String body = "152923" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return body + CertificateNumber.checkCharacter(body) + category + grade;
    }

    public long register(String village, LocalDate birth, Sex sex, int category, int grade) {
        return register(village, birth, sex, category, grade, null);
    }

    long register(String village, LocalDate birth, Sex sex, int category, int grade, String status) {
        PersonInput input = new PersonInput(certificate(birth, sex, category, grade), "测试概况", "蒙古族", "初级中学",
                village, "农村", null, category == 7 ? "1、4" : null, status, null, null, null, null, null);
        return registry.register(input, PROVINCE);
    }

    /** Dates the registration back, as the import of an older register would. */
    void registeredOn(LocalDate date, long... ids) {
        for (long id : ids) {
            jdbc.sql("UPDATE person SET registered_on = ? WHERE id = ?")
                    .params(java.sql.Date.valueOf(date), id).update();
        }
        events.publishEvent(PersonsChanged.of(ids));
    }

    public long employed(long id, String from, boolean baseline) {
        return employment.record(id, new EmploymentInput(from, "是", "灵活就业", null, null, null, null, null, null),
                baseline, PROVINCE);
    }

    public long notEmployed(long id, String from, boolean baseline) {
        return employment.record(id, new EmploymentInput(from, "否", null, null, null, null, null, "无就业技能", "家庭成员供养"),
                baseline, PROVINCE);
    }

    void voidEvent(long personId, long eventId) {
        employment.voidRecord(personId, eventId, "误录", PROVINCE);
    }
}
