package org.zhuye.jobs.fair;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.employer.Employer;
import org.zhuye.employer.EmployerRepository;
import org.zhuye.jobs.JobNotFoundException;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.JobPostingRepository;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.PostingStatus;
import org.zhuye.jobs.StaleJobRecordException;
import org.zhuye.jobs.referral.ReferralSource;
import org.zhuye.jobs.referral.Referrals;
import org.zhuye.person.CertificateLookup;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * 专场招聘会: fairs, their units and postings, registrations, check-ins, intents (each a referral) and 回访. Every
 * change is one transaction with its audit record. The public methods act now; the package-private ones taking
 * an {@link Instant} are the dated paths the demo uses to record fairs of the past two years.
 */
@Service
public class JobFairs {

    private final JdbcClient jdbc;
    private final FairRepository fairs;
    private final FairViewers viewers;
    private final RegionRepository regions;
    private final EmployerRepository employers;
    private final JobPostingRepository postings;
    private final PersonRepository persons;
    private final Referrals referrals;
    private final CertificateLookup certificates;
    private final AuditTrail audit;

    JobFairs(JdbcClient jdbc, FairRepository fairs, FairViewers viewers, RegionRepository regions,
             EmployerRepository employers, JobPostingRepository postings, PersonRepository persons, Referrals referrals,
             CertificateLookup certificates, AuditTrail audit) {
        this.jdbc = jdbc;
        this.fairs = fairs;
        this.viewers = viewers;
        this.regions = regions;
        this.employers = employers;
        this.postings = postings;
        this.persons = persons;
        this.referrals = referrals;
        this.certificates = certificates;
        this.audit = audit;
    }

    /** A fair the user sees (in or above their area), else 404. */
    public JobFair visible(long fairId, UserAccount user) {
        Jurisdiction scope = viewers.scopeOf(user).orElseThrow(() -> new JobNotFoundException("招聘会", fairId));
        return fairs.find(fairId, scope).orElseThrow(() -> new JobNotFoundException("招聘会", fairId));
    }

    @Transactional
    public long create(FairInput input, UserAccount user) {
        return create(input, user, Instant.now());
    }

    @Transactional
    long create(FairInput input, UserAccount user, Instant at) {
        requireOrganiser(user);
        FairInput.Checked fair = input.validate();
        RegionCode region = organiserRegion(fair.regionCode(), user);
        long id = jdbc.sql("""
                        INSERT INTO job_fair (title, region_code, kind, online, starts_on, ends_on, venue, zones, callback_days,
                                              note, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(fair.title(), region.value(), fair.kind().name(), fair.online(), fair.startsOn(), fair.endsOn(),
                        fair.venue(), fair.zones().toArray(String[]::new), fair.callbackDays(), fair.note(),
                        AuditTrail.currentActor(), java.sql.Timestamp.from(at))
                .query(Long.class).single();
        audit.record(AuditEntry.of(AuditAction.JOB_FAIR_CREATED, FairVocabulary.TYPE, String.valueOf(id), region.value())
                .withChange(null, state(fair, region.value())));
        return id;
    }

    /** Changes a fair of the user's own area (not one organised above it), guarded by its version. */
    @Transactional
    public void update(long fairId, int version, FairInput input, UserAccount user) {
        requireOrganiser(user);
        JobFair before = visible(fairId, user);
        if (!user.jurisdiction().contains(RegionCode.of(before.regionCode()))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有主办地区的工作人员可以修改此招聘会");
        }
        FairInput.Checked fair = input.validate();
        RegionCode region = organiserRegion(fair.regionCode(), user);
        int changed = jdbc.sql("""
                        UPDATE job_fair SET title = ?, region_code = ?, kind = ?, online = ?, starts_on = ?, ends_on = ?,
                               venue = ?, zones = ?, callback_days = ?, note = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(fair.title(), region.value(), fair.kind().name(), fair.online(), fair.startsOn(), fair.endsOn(),
                        fair.venue(), fair.zones().toArray(String[]::new), fair.callbackDays(), fair.note(), fairId, version)
                .update();
        if (changed == 0) {
            throw new StaleJobRecordException("招聘会");
        }
        Map<String, Object> was = state(FairInput.of(before).validate(), before.regionCode());
        Map<String, Object> now = state(fair, region.value());
        Map<String, Object> beforeChanged = new LinkedHashMap<>();
        Map<String, Object> afterChanged = new LinkedHashMap<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(value, was.get(field))) {
                beforeChanged.put(field, was.get(field));
                afterChanged.put(field, value);
            }
        });
        audit.record(AuditEntry.of(AuditAction.JOB_FAIR_UPDATED, FairVocabulary.TYPE, String.valueOf(fairId), region.value())
                .withChange(beforeChanged, afterChanged));
    }

    /** Staff add a unit of their area; the unit's zone (one of the fair's, if it has zones) and booth. */
    @Transactional
    public void addEmployer(long fairId, long employerId, String zone, String booth, UserAccount user) {
        addEmployer(fairId, employerId, zone, booth, user, Instant.now());
    }

    @Transactional
    void addEmployer(long fairId, long employerId, String zone, String booth, UserAccount user, Instant at) {
        requireOrganiser(user);
        JobFair fair = visible(fairId, user);
        Employer unit = employers.find(employerId, user.jurisdiction())
                .orElseThrow(() -> JobRuleException.of("employerId", "您的管辖范围内没有这个用人单位：" + employerId));
        enrol(fair, unit, zone, booth, at);
    }

    /** The unit's own EMPLOYER account registers it. */
    @Transactional
    public void registerOwnUnit(long fairId, String zone, String booth, UserAccount user) {
        registerOwnUnit(fairId, zone, booth, user, Instant.now());
    }

    @Transactional
    void registerOwnUnit(long fairId, String zone, String booth, UserAccount user, Instant at) {
        Employer unit = viewers.unitOf(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "只有已绑定用人单位的单位账号可以为本单位报名"));
        enrol(visible(fairId, user), unit, zone, booth, at);
    }

    private void enrol(JobFair fair, Employer unit, String zone, String booth, Instant at) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (dayOf(at).isAfter(fair.endsOn())) {
            errors.put("employerId", "招聘会已于 " + fair.endsOn() + " 结束，不能再登记参会单位");
        } else if (fairs.participates(fair.id(), unit.id())) {
            errors.put("employerId", unit.name() + " 已登记参加此招聘会");
        }
        String z = FairInput.trim(zone);
        if (!z.isEmpty() && !fair.zones().contains(z)) {
            errors.put("zone", fair.zones().isEmpty() ? "此招聘会未划分展区，请不要填写展区"
                    : "展区须是此招聘会的展区之一：" + String.join("、", fair.zones()));
        }
        String b = FairInput.trim(booth);
        if (b.length() > 20) {
            errors.put("booth", "展位号不能超过20个字");
        }
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        jdbc.sql("INSERT INTO job_fair_employer (fair_id, employer_id, zone, booth, registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(fair.id(), unit.id(), z.isEmpty() ? null : z, b.isEmpty() ? null : b, AuditTrail.currentActor(),
                        java.sql.Timestamp.from(at))
                .update();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("employerId", unit.id());
        state.put("zone", z.isEmpty() ? null : z);
        state.put("booth", b.isEmpty() ? null : b);
        recordOnFair(AuditAction.JOB_FAIR_EMPLOYER_ADDED, fair, state);
    }

    /**
     * Puts a published posting of a participating unit on the fair: staff any posting they see, an EMPLOYER account
     * only its own unit's. The posting must still be open when the fair starts.
     */
    @Transactional
    public void addPosting(long fairId, long postingId, UserAccount user) {
        addPosting(fairId, postingId, user, Instant.now());
    }

    @Transactional
    void addPosting(long fairId, long postingId, UserAccount user, Instant at) {
        JobFair fair = visible(fairId, user);
        JobPosting posting;
        if (viewers.unitOf(user).isPresent() && !FairViewers.staffSide(user)) {
            posting = postings.findOfEmployer(postingId, viewers.unitOf(user).get().id())
                    .orElseThrow(() -> JobRuleException.of("postingId", "本单位没有这个岗位：" + postingId));
        } else {
            requireOrganiser(user);
            posting = postings.find(postingId, user.jurisdiction())
                    .orElseThrow(() -> JobRuleException.of("postingId", "您的管辖范围内没有这个岗位：" + postingId));
        }
        String problem = null;
        if (posting.status() != PostingStatus.PUBLISHED) {
            problem = "只有已发布的岗位可以参加招聘会，“" + posting.title() + "”尚未发布或已关闭";
        } else if (!fairs.participates(fairId, posting.employerId())) {
            problem = posting.employerName() + " 尚未登记参加此招聘会，请先登记参会单位";
        } else if (posting.openUntil().isBefore(fair.startsOn())) {
            problem = "岗位“" + posting.title() + "”于 " + posting.openUntil() + " 截止招聘，早于招聘会开始日期";
        } else if (dayOf(at).isAfter(fair.endsOn())) {
            problem = "招聘会已于 " + fair.endsOn() + " 结束，不能再加入岗位";
        } else if (fairs.onFair(fairId, postingId)) {
            problem = "岗位“" + posting.title() + "”已在此招聘会上";
        }
        if (problem != null) {
            throw JobRuleException.of("postingId", problem);
        }
        jdbc.sql("INSERT INTO job_fair_posting (fair_id, posting_id) VALUES (?, ?)").params(fairId, postingId).update();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("postingId", postingId);
        state.put("postingTitle", posting.title());
        state.put("employerId", posting.employerId());
        recordOnFair(AuditAction.JOB_FAIR_UPDATED, fair, state);
    }

    /** Staff register a person of their area in advance (or on the day, before the check-in). */
    @Transactional
    public void register(long fairId, long personId, UserAccount user) {
        register(fairId, personId, user, Instant.now());
    }

    @Transactional
    void register(long fairId, long personId, UserAccount user, Instant at) {
        requireRecorder(user);
        JobFair fair = visible(fairId, user);
        enrolPerson(fair, person(personId, user.jurisdiction()), at, false);
    }

    /** A PERSON account registers itself. */
    @Transactional
    public void registerSelf(long fairId, UserAccount user) {
        registerSelf(fairId, user, Instant.now());
    }

    @Transactional
    void registerSelf(long fairId, UserAccount user, Instant at) {
        Person me = viewers.personOf(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "请先绑定本人的残疾人证，再报名招聘会"));
        enrolPerson(visible(fairId, user), me, at, false);
    }

    /**
     * Checks in a person on a day of the fair; a person not registered in advance (a walk-in) is registered and
     * checked in at once.
     */
    @Transactional
    public void checkIn(long fairId, long personId, UserAccount user) {
        checkIn(fairId, personId, user, Instant.now());
    }

    @Transactional
    void checkIn(long fairId, long personId, UserAccount user, Instant at) {
        requireRecorder(user);
        JobFair fair = visible(fairId, user);
        Person person = person(personId, user.jurisdiction());
        if (!fair.onDay(dayOf(at))) {
            throw JobRuleException.of("personId", "签到只在招聘会举办期间（" + fair.startsOn() + " 至 " + fair.endsOn() + "）进行");
        }
        Attendee registered = fairs.findAttendee(fairId, personId, user.jurisdiction()).orElse(null);
        if (registered == null) {
            enrolPerson(fair, person, at, true);
            return;
        }
        if (registered.checkedIn()) {
            throw JobRuleException.of("personId", person.name() + " 已于 " + registered.checkedInAt()
                    .atZone(ZoneId.systemDefault()).toLocalDateTime().withNano(0) + " 签到");
        }
        jdbc.sql("UPDATE job_fair_registration SET checked_in_at = ?, checked_in_by = ? WHERE fair_id = ? AND person_id = ?")
                .params(java.sql.Timestamp.from(at), AuditTrail.currentActor(), fairId, personId).update();
        recordOnPerson(AuditAction.JOB_FAIR_CHECKED_IN, fair, personId, person.regionCode(), Map.of("checkedIn", true));
    }

    /**
     * The door's fast check-in: the person found by the full certificate number in the worker's area, or — for
     * someone registered in advance — by the four digits before the certificate's category and grade, which the
     * masked copy keeps (152921********1234·31), when they single out one of the registrations the worker sees.
     */
    @Transactional
    public long checkInByCertificate(long fairId, String certificateNumber, UserAccount user) {
        String typed = FairInput.trim(certificateNumber).toUpperCase();
        if (typed.matches("[0-9]{3}[0-9X]")) {
            requireRecorder(user);
            visible(fairId, user);
            List<Attendee> matches = fairs.listAttendees(fairId, user.jurisdiction()).visible().stream()
                    .filter(a -> a.certificateMasked().length() >= 18 && a.certificateMasked().substring(14, 18).equals(typed))
                    .toList();
            if (matches.size() != 1) {
                throw JobRuleException.of("certificateNumber", matches.isEmpty()
                        ? "报名人员中没有证号后四位为 " + typed + " 的人员；现场报名请输入完整证号或人员编号"
                        : "有 " + matches.size() + " 名报名人员的证号后四位都是 " + typed + "，请输入完整证号或人员编号");
            }
            checkIn(fairId, matches.get(0).personId(), user);
            return matches.get(0).personId();
        }
        CertificateLookup.Found found = certificates.find(typed, user.jurisdiction());
        long personId = found.personId().orElseThrow(() -> JobRuleException.of("certificateNumber", found.problem()));
        checkIn(fairId, personId, user);
        return personId;
    }

    private void enrolPerson(JobFair fair, Person person, Instant at, boolean checkedIn) {
        if (person.mergedInto() != null) {
            throw JobRuleException.of("personId", "此记录已合并到人员 " + person.mergedInto() + "，请为保留的记录报名");
        }
        if (dayOf(at).isAfter(fair.endsOn())) {
            throw JobRuleException.of("personId", "招聘会已于 " + fair.endsOn() + " 结束，不能再报名");
        }
        boolean already = jdbc.sql("SELECT EXISTS (SELECT 1 FROM job_fair_registration WHERE fair_id = ? AND person_id = ?)")
                .params(fair.id(), person.id()).query(Boolean.class).single();
        if (already) {
            throw JobRuleException.of("personId", person.name() + " 已报名此招聘会");
        }
        String actor = AuditTrail.currentActor();
        java.sql.Timestamp when = java.sql.Timestamp.from(at);
        jdbc.sql("""
                        INSERT INTO job_fair_registration (fair_id, person_id, registered_by, registered_at, checked_in_at, checked_in_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(fair.id(), person.id(), actor, when, checkedIn ? when : null, checkedIn ? actor : null).update();
        recordOnPerson(AuditAction.JOB_FAIR_PERSON_REGISTERED, fair, person.id(), person.regionCode(), Map.of());
        if (checkedIn) {
            recordOnPerson(AuditAction.JOB_FAIR_CHECKED_IN, fair, person.id(), person.regionCode(),
                    Map.of("checkedIn", true, "walkIn", true));
        }
    }

    /**
     * 意向: a checked-in person and a posting of the fair, on a day of the fair (or recorded later from the fair's
     * forms with that day). Creates the referral (source FAIR) in the same transaction and dates the 回访.
     */
    @Transactional
    public long recordIntent(long fairId, long personId, long postingId, LocalDate on, UserAccount user) {
        return recordIntent(fairId, personId, postingId, on, user, Instant.now());
    }

    @Transactional
    long recordIntent(long fairId, long personId, long postingId, LocalDate on, UserAccount user, Instant at) {
        requireRecorder(user);
        JobFair fair = visible(fairId, user);
        Person person = person(personId, user.jurisdiction());
        Map<String, String> errors = new LinkedHashMap<>();
        Attendee attendee = fairs.findAttendee(fairId, personId, user.jurisdiction()).orElse(null);
        if (attendee == null || !attendee.checkedIn()) {
            errors.put("personId", person.name() + " 未在此招聘会签到，请先签到再登记意向");
        }
        if (!fairs.onFair(fairId, postingId)) {
            errors.put("postingId", "岗位 " + postingId + " 不在此招聘会上");
        }
        if (on == null) {
            errors.put("on", "请填写意向日期");
        } else if (!fair.onDay(on)) {
            errors.put("on", "意向日期须在招聘会举办期间（" + fair.startsOn() + " 至 " + fair.endsOn() + "）");
        } else if (on.isAfter(dayOf(at))) {
            errors.put("on", "意向日期不能晚于今天");
        }
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        long referral = referrals.refer(postingId, personId, ReferralSource.FAIR, fairId, on, user.jurisdiction());
        long id = jdbc.sql("""
                        INSERT INTO job_fair_intent (fair_id, person_id, posting_id, referral_id, callback_due, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(fairId, personId, postingId, referral, fair.callbackDue(), AuditTrail.currentActor(),
                        java.sql.Timestamp.from(at))
                .query(Long.class).single();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("intentId", id);
        extra.put("postingId", postingId);
        extra.put("referralId", referral);
        extra.put("callbackDue", fair.callbackDue().toString());
        recordOnPerson(AuditAction.JOB_FAIR_INTENT_RECORDED, fair, personId, person.regionCode(), extra);
        return id;
    }

    /** 回访: staff record that they called the person back about an intent, once, with a date and a note. */
    @Transactional
    public void recordCallback(long fairId, long intentId, LocalDate on, String note, UserAccount user) {
        requireRecorder(user);
        JobFair fair = visible(fairId, user);
        FairIntent intent = fairs.findIntent(fairId, intentId, user.jurisdiction())
                .orElseThrow(() -> new JobNotFoundException("意向记录", intentId));
        Map<String, String> errors = new LinkedHashMap<>();
        if (intent.calledBack()) {
            errors.put("calledBackOn", "此意向已于 " + intent.calledBackOn() + " 回访");
        } else if (on == null) {
            errors.put("calledBackOn", "请填写回访日期");
        } else if (on.isAfter(LocalDate.now())) {
            errors.put("calledBackOn", "回访日期不能晚于今天");
        } else if (on.isBefore(fair.startsOn())) {
            errors.put("calledBackOn", "回访日期不能早于招聘会开始日期 " + fair.startsOn());
        }
        String n = FairInput.trim(note);
        if (n.isEmpty()) {
            errors.put("callbackNote", "请填写回访情况");
        } else if (n.length() > 500) {
            errors.put("callbackNote", "回访情况不能超过500个字");
        }
        if (!errors.isEmpty()) {
            throw new JobRuleException(errors);
        }
        jdbc.sql("UPDATE job_fair_intent SET called_back_on = ?, callback_note = ? WHERE id = ? AND called_back_on IS NULL")
                .params(on, n, intentId).update();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("intentId", intentId);
        extra.put("calledBackOn", on.toString());
        extra.put("callbackNote", n);
        recordOnPerson(AuditAction.JOB_FAIR_CALLBACK_RECORDED, fair, intent.personId(), intent.regionCode(), extra);
    }

    private Person person(long personId, Jurisdiction jurisdiction) {
        return persons.find(personId, jurisdiction)
                .orElseThrow(() -> JobRuleException.of("personId", "您的管辖范围内没有这个人员：" + personId));
    }

    private RegionCode organiserRegion(String code, UserAccount user) {
        RegionCode region = RegionCode.parse(code).orElse(null);
        if (region == null || !regions.exists(region)) {
            throw JobRuleException.of("regionCode", "主办地区不存在：" + code);
        }
        if (!user.jurisdiction().contains(region)) {
            throw JobRuleException.of("regionCode", "主办地区须在您的管辖范围内");
        }
        if (region.level() > 3) {
            throw JobRuleException.of("regionCode", "主办地区须是自治区、盟市或旗县（市、区）");
        }
        return region;
    }

    private static void requireOrganiser(UserAccount user) {
        if (!FairViewers.mayOrganise(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有残联工作人员可以举办和组织招聘会");
        }
    }

    private static void requireRecorder(UserAccount user) {
        if (!FairViewers.mayRecord(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有残联工作人员和专职委员可以为人员报名、签到和登记意向");
        }
    }

    private static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneId.systemDefault());
    }

    private static Map<String, Object> state(FairInput.Checked fair, String region) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", fair.title());
        state.put("regionCode", region);
        state.put("kind", fair.kind().name());
        state.put("online", fair.online());
        state.put("startsOn", fair.startsOn().toString());
        state.put("endsOn", fair.endsOn().toString());
        state.put("venue", fair.venue());
        state.put("zones", List.copyOf(fair.zones()));
        state.put("callbackDays", fair.callbackDays());
        state.put("note", fair.note());
        return state;
    }

    private void recordOnFair(AuditAction action, JobFair fair, Map<String, Object> state) {
        audit.record(AuditEntry.of(action, FairVocabulary.TYPE, String.valueOf(fair.id()), fair.regionCode())
                .withChange(null, state));
    }

    /** A person's step at a fair is recorded on the person, so only those who may see the person read it. */
    private void recordOnPerson(AuditAction action, JobFair fair, long personId, String personRegion,
                                Map<String, Object> extra) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("fairId", fair.id());
        state.put("fairTitle", fair.title());
        state.putAll(extra);
        audit.record(AuditEntry.of(action, "person", String.valueOf(personId), personRegion).withChange(null, state));
    }
}
