package org.zhuye.training.course;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.account.RegionAdministrators;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.UnifiedSocialCreditCode;
import org.zhuye.institution.Institution;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.CertificateKind;
import org.zhuye.training.CourseKind;
import org.zhuye.training.CourseStatus;
import org.zhuye.training.TrainingRuleException;
import org.zhuye.training.provider.ProviderInput;
import org.zhuye.training.provider.Providers;
import org.zhuye.institution.TrainingDemo;

/**
 * Fills an empty {@code course} table with demo courses ({@code zhuye.demo.training=true}), after the demo
 * persons and the demo institutions (order 80): our institutions that train become providers, with a dozen
 * outside schools of several leagues; about a hundred courses from three years ago to four months ahead, of
 * every kind and delivery, with rosters of working-age registry persons of the course's county. Each course is
 * put through the real services step by step on the days it happened — enrolled two weeks before its start,
 * submitted, approved five days before, sessions and attendance (most 80–100 %), results (mostly 合格) and
 * certificates of every kind, 结业 — through the package-private twins that take the day. The application is
 * submitted by a demo provider clerk ("demo-training-provider", the administrator's rights under another name)
 * and approved by the administrator, as the four-eyes rule wants. One transaction: a failure leaves the table
 * empty and the product starting.
 */
@Component
@Order(DemoCourses.ORDER)
class DemoCourses implements ApplicationRunner {

    static final int ORDER = 85;
    private static final int COURSES = 100;
    private static final Logger log = LoggerFactory.getLogger(DemoCourses.class);
    private static final String[] SCHOOLS = {"职业技术学校", "技工学校", "职业培训学校", "电子商务培训中心", "农牧业技术培训学校", "按摩推拿培训学校"};
    /** Subjects by kind, so a title reads like a real course (盲人按摩 courses teach massage, 实用技术 farming and crafts). */
    private static final Map<CourseKind, String[]> TITLES = Map.of(
            CourseKind.VOCATIONAL, new String[]{"电子商务", "面点制作", "计算机操作", "家政服务", "中式烹调"},
            CourseKind.PRACTICAL, new String[]{"肉羊养殖", "设施蔬菜种植", "蒙古族刺绣", "手工编织", "奶食品加工"},
            CourseKind.STARTUP, new String[]{"创办你的企业（SYB）", "网店创业", "小微创业实务"},
            CourseKind.UPSKILL, new String[]{"客户服务", "电商直播运营", "仓储物流"},
            CourseKind.MASSAGE, new String[]{"保健按摩", "医疗按摩", "推拿康复"});

    private final Courses courses;
    private final Rosters rosters;
    private final Attendance attendance;
    private final Providers providers;
    private final CourseStore store;
    private final RegionAdministrators administrators;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    /** A savepoint per enrolment: a refused one (not of working age) must not doom the whole demo's transaction. */
    private final TransactionTemplate savepoint;
    private final TrainingDemo demo;

    DemoCourses(Courses courses, Rosters rosters, Attendance attendance, Providers providers, CourseStore store,
                RegionAdministrators administrators, JdbcClient jdbc, PlatformTransactionManager transactionManager,
                TrainingDemo demo) {
        this.courses = courses;
        this.rosters = rosters;
        this.attendance = attendance;
        this.providers = providers;
        this.store = store;
        this.administrators = administrators;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UserAccount> admin = demo.intoEmptyAs(jdbc, "course", "演示培训班",
                () -> administrators.first(RegionCode.of("15")));
        if (admin.isEmpty()) {
            return;
        }
        try {
            Map<CourseStatus, Integer> done = transactions.execute(status -> populate(admin.get(), Courses.today()));
            log.info("已生成演示培训班 {}", done);
        } catch (TrainingRuleException e) {
            log.error("演示培训班生成中止，已全部回滚：{}", e.fieldErrors());
        } catch (RuntimeException e) {
            log.error("演示培训班生成中止，已全部回滚", e);
        }
    }

    Map<CourseStatus, Integer> populate(UserAccount admin, LocalDate today) {
        Random random = new Random(13);
        Jurisdiction province = admin.jurisdiction();
        UserAccount clerk = new UserAccount(admin.id(), "demo-training-provider", "演示培训机构经办人", Set.of(Role.STAFF),
                admin.regionCode(), true, false, 0, null, admin.createdAt());
        List<String> counties = jdbc.sql("""
                        SELECT substr(region_code, 1, 6) AS county FROM person WHERE merged_into IS NULL
                        GROUP BY 1 HAVING count(*) >= 20 ORDER BY count(*) DESC LIMIT 24""")
                .query(String.class).list();
        if (counties.isEmpty()) {
            log.warn("未生成演示培训班：没有演示人员");
            return Map.of();
        }
        Map<String, List<Long>> providersOfLeague = new LinkedHashMap<>();
        for (Institution i : providers.institutionsToTakeOn(province)) {
            long id = providers.register(new ProviderInput(String.valueOf(i.id()), null, null, null, "培训部", null), admin, province);
            providersOfLeague.computeIfAbsent(i.regionCode().substring(0, 4), k -> new ArrayList<>()).add(id);
        }
        for (int n = 0; n < 12; n++) {
            String county = counties.get(n % counties.size());
            String body = String.format("%08d", 31_500_000 + n * 7919);
            String first17 = "52" + county + body + UnifiedSocialCreditCode.organisationCheckCharacter(body);
            String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            String name = jdbc.sql("SELECT name FROM region WHERE code = ?").param(RegionCode.of(county).value())
                    .query(String.class).optional().orElse("") + SCHOOLS[n % SCHOOLS.length];
            long id = providers.register(new ProviderInput(null, name, code, county, "王老师", "0476" + (8_300_000 + n)), admin, province);
            providersOfLeague.computeIfAbsent(county.substring(0, 4), k -> new ArrayList<>()).add(id);
        }
        List<Long> allProviders = providersOfLeague.values().stream().flatMap(List::stream).toList();
        Map<CourseStatus, Integer> done = new EnumMap<>(CourseStatus.class);
        LocalDate first = today.minusYears(3);
        long span = ChronoUnit.DAYS.between(first, today.plusMonths(4));
        int future = 0;
        for (int n = 0; n < COURSES; n++) {
            String county = counties.get(random.nextInt(counties.size()));
            List<Long> near = providersOfLeague.getOrDefault(county.substring(0, 4), allProviders);
            long provider = near.get(random.nextInt(near.size()));
            CourseKind kind = CourseKind.values()[n % CourseKind.values().length];
            Delivery delivery = Delivery.values()[(n / 5) % Delivery.values().length];
            // most courses in the past, a handful ahead
            LocalDate start = first.plusDays((long) (span * Math.sqrt(random.nextDouble())));
            int days = 5 + random.nextInt(20);
            LocalDate end = start.plusDays(days - 1);
            int hours = days * (4 + random.nextInt(3));
            int capacity = 10 + random.nextInt(21);
            String[] subjects = TITLES.get(kind);
            String title = subjects[random.nextInt(subjects.length)] + (kind == CourseKind.STARTUP ? "" : kind.label().replace("培训", "")
                    .replace("盲人按摩", "")) + "培训班（第" + (n + 1) + "期）";
            CourseInput input = new CourseInput(String.valueOf(provider), kind.name(), title,
                    kind == CourseKind.VOCATIONAL || kind == CourseKind.UPSKILL || kind == CourseKind.MASSAGE ? "4-10" : null,
                    delivery.name(), county + "000000", delivery.needsAddress() ? "培训中心教学楼" + (1 + n % 5) + "层" : null,
                    start.toString(), end.toString(), String.valueOf(hours), String.valueOf(capacity),
                    String.valueOf(300 + 100 * random.nextInt(16)), "理论" + hours / 3 + "学时，实操" + (hours - hours / 3) + "学时",
                    List.of(new Teacher("教师" + (char) ('甲' + n % 10), kind == CourseKind.MASSAGE ? "保健按摩师二级" : "高级讲师")),
                    "理论考试与实操考核");
            // of the courses still ahead: the first three drafts, the next three submitted, one returned, the rest approved
            int ahead = start.isAfter(today) ? future++ : -1;
            if (ahead >= 0 && ahead < 3) {
                courses.create(input, clerk, province);
                done.merge(CourseStatus.DRAFT, 1, Integer::sum);
                continue;
            }
            long id = courses.create(input, clerk, province);
            List<Long> people = jdbc.sql("""
                            SELECT id FROM person WHERE merged_into IS NULL AND region_code LIKE ? ORDER BY md5(id::text || ?) LIMIT ?""")
                    .params(county + "%", String.valueOf(n), capacity * 2).query(Long.class).list();
            LocalDate enrolDay = start.minusDays(14);
            int target = Math.max(5, capacity - random.nextInt(capacity / 2));
            for (long person : people) {
                if (store.countEnrolled(id) >= target) {
                    break;
                }
                try {
                    savepoint.executeWithoutResult(status -> rosters.enrol(id, store.find(id, province).orElseThrow().version(),
                            String.valueOf(person), clerk, province, enrolDay));
                } catch (TrainingRuleException notOfWorkingAge) {
                    // the roster takes the working-age persons of the county only, as the rule says
                }
            }
            if (store.countEnrolled(id) == 0) {
                courses.cancel(id, version(id, province), "本县暂无适合的学员", admin, province);
                done.merge(CourseStatus.CANCELLED, 1, Integer::sum);
                continue;
            }
            courses.submit(id, version(id, province), clerk, province, start.minusDays(10));
            if (ahead >= 3 && ahead < 6) {
                done.merge(CourseStatus.SUBMITTED, 1, Integer::sum);
                continue;
            }
            if (ahead == 6) {
                courses.returnForCorrection(id, version(id, province), "教学计划过于简略，请按课次列明内容", admin, province);
                done.merge(CourseStatus.RETURNED, 1, Integer::sum);
                continue;
            }
            courses.approve(id, version(id, province), "师资与场地已核实", admin, province, start.minusDays(5).isAfter(today) ? today : start.minusDays(5));
            if (start.isAfter(today)) {
                done.merge(CourseStatus.APPROVED, 1, Integer::sum);
                continue;
            }
            if (!start.isAfter(today) && n % 23 == 0 && end.isBefore(today)) {
                courses.cancel(id, version(id, province), "报名学员多数外出务工，停办", admin, province);
                done.merge(CourseStatus.CANCELLED, 1, Integer::sum);
                continue;
            }
            run(id, start, end, today, random, admin, province);
            done.merge(courses.read(id, admin, province).status(), 1, Integer::sum);
        }
        return done;
    }

    /** Sessions up to today with attendance, and for a course that has ended its results, certificates and 结业. */
    private void run(long id, LocalDate start, LocalDate end, LocalDate today, Random random, UserAccount admin, Jurisdiction province) {
        Course course = store.find(id, province).orElseThrow();
        List<Enrolment> roster = store.enrolments(id);
        // each trainee's own attendance habit: most 80–100 %, some lower
        Map<Long, Double> habit = new LinkedHashMap<>();
        roster.forEach(e -> habit.put(e.id(), random.nextInt(10) < 8 ? 0.8 + random.nextDouble() * 0.2 : 0.4 + random.nextDouble() * 0.4));
        int perDay = Math.max(1, course.hours() / (int) (ChronoUnit.DAYS.between(start, end) + 1));
        for (LocalDate day = start; !day.isAfter(end) && !day.isAfter(today); day = day.plusDays(1)) {
            long session = attendance.addSession(course, day.toString(), String.valueOf(Math.min(12, perDay)), "第" + (ChronoUnit.DAYS.between(start, day) + 1) + "天");
            List<Long> present = roster.stream().filter(e -> random.nextDouble() < habit.get(e.id())).map(Enrolment::id).toList();
            attendance.record(store.find(id, province).orElseThrow(), session, present, day);
        }
        if (!end.isBefore(today)) {
            return;
        }
        CertificateKind certificate = switch (course.kind()) {
            case VOCATIONAL, UPSKILL -> CertificateKind.SKILL_LEVEL;
            case MASSAGE -> CertificateKind.QUALIFICATION;
            case PRACTICAL -> CertificateKind.SPECIAL;
            case STARTUP -> CertificateKind.PASS;
        };
        for (Enrolment e : store.enrolments(id)) {
            int roll = random.nextInt(100);
            String result = habit.get(e.id()) < 0.6 && roll < 50 ? "WITHDRAWN" : roll < 85 ? "PASSED" : "FAILED";
            LocalDate on = "WITHDRAWN".equals(result) ? start.plusDays(1) : end;
            // scores agree with the result: 合格 from 60, 不合格 below
            String score = switch (result) {
                case "PASSED" -> String.valueOf(60 + random.nextInt(40));
                case "FAILED" -> String.valueOf(35 + random.nextInt(25));
                default -> null;
            };
            rosters.recordResult(id, e.id(), e.version(), result, score,
                    admin, province, on);
            if ("PASSED".equals(result)) {
                LocalDate issued = end.plusDays(10).isAfter(today) ? today : end.plusDays(10);
                rosters.recordCertificate(id, new CertificateInput(String.valueOf(e.id()), certificate.name(),
                        certificate == CertificateKind.SKILL_LEVEL ? String.valueOf(4 + random.nextInt(2)) : null,
                        "NM" + id + "-" + e.id(), "内蒙古自治区残疾人职业技能鉴定站", issued.toString()), admin, province, issued);
            }
        }
        courses.finish(id, version(id, province), admin, province, end.plusDays(3).isAfter(today) ? today : end.plusDays(3));
    }

    private int version(long id, Jurisdiction province) {
        return store.find(id, province).orElseThrow().version();
    }
}
