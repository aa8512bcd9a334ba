package org.zhuye.monitoring.bulletin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.monitoring.MonitoringConflictException;
import org.zhuye.monitoring.MonitoringNotFoundException;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionOutsideJurisdiction;

/**
 * The quarterly 通报: drafted from the figures of a region and a quarter, edited, then issued with a 文号 and never
 * changed afterwards (the service refuses, and the table's trigger too). ADMIN and STAFF draft for their area or
 * below; only those whose area is the region itself issue in its name. Every change is one transaction with its
 * audit record; staff-side roles read the 通报 of their area.
 */
@Service
public class Bulletins {

    static final String OBJECT_TYPE = "BULLETIN";
    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 20_000;
    static final int NUMBER_MAX = 60;

    private final BulletinRepository repository;
    private final QuarterFigures quarterFigures;
    private final AuditTrail audit;
    private final Clock clock;

    @Autowired
    Bulletins(BulletinRepository repository, QuarterFigures quarterFigures, AuditTrail audit) {
        this(repository, quarterFigures, audit, Clock.systemDefaultZone());
    }

    Bulletins(BulletinRepository repository, QuarterFigures quarterFigures, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.quarterFigures = quarterFigures;
        this.audit = audit;
        this.clock = clock;
    }

    /** A draft's figures, title and text before anything is saved: what /bulletins/new shows. */
    public Draft preview(String region, String quarter, UserAccount user) {
        requireReader(user);
        RegionCode code = user.jurisdiction().regionFor(region);
        ReportingPeriod q = quarter(quarter);
        BulletinFigures figures = quarterFigures.of(code, q, asOf(q), user.jurisdiction());
        return new Draft(figures, BulletinText.title(figures), BulletinText.write(figures));
    }

    public record Draft(BulletinFigures figures, String title, String body) {
    }

    /** Saves a draft with the figures as they are now; a blank title or text takes the one written from the figures. */
    @Transactional
    public Bulletin draft(String region, String quarter, String title, String body, UserAccount user) {
        requireEditor(user);
        Map<String, String> errors = new LinkedHashMap<>();
        RegionCode code = null;
        try {
            code = user.jurisdiction().regionFor(region);
        } catch (RegionOutsideJurisdiction e) {
            errors.put("region", "地区不在您的管辖范围内");
        }
        ReportingPeriod q = null;
        try {
            q = quarter(quarter);
        } catch (MonitoringRuleException e) {
            errors.putAll(e.fieldErrors());
        }
        checkText(title, body, false, errors);
        if (!errors.isEmpty()) {
            throw new MonitoringRuleException(errors);
        }
        BulletinFigures figures = quarterFigures.of(code, q, asOf(q), user.jurisdiction());
        String t = blank(title) ? BulletinText.title(figures) : title.strip();
        String b = blank(body) ? BulletinText.write(figures) : body.strip();
        long id = repository.insert(code.value(), q.key(), t, b, figures, user.username());
        audit.record(AuditEntry.of(AuditAction.BULLETIN_DRAFTED, OBJECT_TYPE, String.valueOf(id), code.value())
                .withChange(null, Map.of("quarter", q.key(), "title", t))
                .withDetail(q.label() + " " + t));
        return get(id, user);
    }

    /** Changes a draft's title and text; an issued 通报 is 409, a stale version 409. */
    @Transactional
    public Bulletin edit(long id, String title, String body, Integer version, UserAccount user) {
        requireEditor(user);
        Bulletin before = get(id, user);
        refuseIssued(before);
        Map<String, String> errors = new LinkedHashMap<>();
        checkText(title, body, true, errors);
        if (!errors.isEmpty()) {
            throw new MonitoringRuleException(errors);
        }
        if (!repository.edit(id, versionOf(before, version), title.strip(), body.strip())) {
            throw stale();
        }
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        if (!before.title().equals(title.strip())) {
            was.put("title", before.title());
            now.put("title", title.strip());
        }
        if (!before.body().equals(body.strip())) {
            was.put("body", before.body());
            now.put("body", body.strip());
        }
        audit.record(AuditEntry.of(AuditAction.BULLETIN_DRAFTED, OBJECT_TYPE, String.valueOf(id), before.regionCode())
                .withChange(was, now).withDetail("修改草稿"));
        return get(id, user);
    }

    /**
     * Issues a draft under a 文号 unique for the issuing region and year. Only ADMIN or STAFF whose area is the
     * region itself issue in its name. The text and the figures are kept as they are.
     */
    @Transactional
    public Bulletin issue(long id, String documentNumber, Integer version, UserAccount user) {
        requireEditor(user);
        Bulletin before = get(id, user);
        refuseIssued(before);
        if (!user.jurisdiction().root().value().equals(before.regionCode())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本级残联的工作人员或管理员可以以本级名义印发通报");
        }
        int year = LocalDate.now(clock).getYear();
        String number = documentNumber == null ? "" : documentNumber.strip();
        if (number.isEmpty()) {
            throw MonitoringRuleException.of("documentNumber", "文号：请填写文号，如 内残联通〔" + year + "〕3号");
        }
        if (number.length() > NUMBER_MAX) {
            throw MonitoringRuleException.of("documentNumber", "文号：不超过" + NUMBER_MAX + "个字");
        }
        if (repository.documentNumberTaken(before.regionCode(), year, number)) {
            throw MonitoringRuleException.of("documentNumber", "文号：本级" + year + "年已有文号为“" + number + "”的通报，请换一个");
        }
        if (!repository.issue(id, versionOf(before, version), number, year, user.username())) {
            throw stale();
        }
        audit.record(AuditEntry.of(AuditAction.BULLETIN_ISSUED, OBJECT_TYPE, String.valueOf(id), before.regionCode())
                .withChange(Map.of("state", "DRAFT"), Map.of("state", "ISSUED", "documentNumber", number))
                .withDetail(number + " " + before.title()));
        return get(id, user);
    }

    /** Deletes a draft; an issued 通报 cannot be discarded (409). */
    @Transactional
    public void discard(long id, Integer version, UserAccount user) {
        requireEditor(user);
        Bulletin before = get(id, user);
        refuseIssued(before);
        if (!repository.discard(id, versionOf(before, version))) {
            throw stale();
        }
        audit.record(AuditEntry.of(AuditAction.BULLETIN_DISCARDED, OBJECT_TYPE, String.valueOf(id), before.regionCode())
                .withChange(Map.of("quarter", before.quarter(), "title", before.title()), null));
    }

    public Bulletin get(long id, UserAccount user) {
        requireReader(user);
        return repository.find(id, user.jurisdiction())
                .orElseThrow(() -> new MonitoringNotFoundException("没有这份通报，或不在您的管辖范围内"));
    }

    /** The 通报 of a region (the user's area when none is named) and everything under it, newest first. */
    public List<Bulletin> list(String region, Integer year, UserAccount user, int limit, int offset) {
        requireReader(user);
        return repository.list(user.jurisdiction().likePatternFor(region), year, user.jurisdiction(), limit, offset);
    }

    public long count(String region, Integer year, UserAccount user) {
        requireReader(user);
        return repository.count(user.jurisdiction().likePatternFor(region), year, user.jurisdiction());
    }

    public static boolean edits(UserAccount user) {
        return user.roles().contains(Role.ADMIN) || user.roles().contains(Role.STAFF);
    }

    /** Whether the user may issue this 通报: ADMIN or STAFF whose area is its region. */
    public static boolean issues(UserAccount user, Bulletin bulletin) {
        return edits(user) && user.jurisdiction().root().value().equals(bulletin.regionCode());
    }

    /**
     * The day the figures are read at: the quarter's last day, or today while the quarter runs (records after
     * today do not exist yet, and 时序进度 at a day to come would put every region behind).
     */
    LocalDate asOf(ReportingPeriod quarter) {
        LocalDate today = LocalDate.now(clock);
        return quarter.to().isAfter(today) ? today : quarter.to();
    }

    ReportingPeriod quarter(String text) {
        ReportingPeriod q = ReportingPeriod.parse(text).filter(p -> p.key().matches("\\d{4}Q[1-4]"))
                .orElseThrow(() -> MonitoringRuleException.of("quarter", "季度：请写作 2026Q3 这样的形式（年份、Q、季度 1–4）"));
        if (q.from().isAfter(LocalDate.now(clock))) {
            throw MonitoringRuleException.of("quarter", "季度：" + q.label() + "尚未开始，不能通报");
        }
        return q;
    }

    private static void checkText(String title, String body, boolean required, Map<String, String> errors) {
        if (required && blank(title)) {
            errors.put("title", "标题：不能为空");
        } else if (title != null && title.strip().length() > TITLE_MAX) {
            errors.put("title", "标题：不超过" + TITLE_MAX + "个字");
        }
        if (required && blank(body)) {
            errors.put("body", "正文：不能为空");
        } else if (body != null && body.strip().length() > BODY_MAX) {
            errors.put("body", "正文：不超过" + BODY_MAX + "个字");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void refuseIssued(Bulletin bulletin) {
        if (bulletin.issued()) {
            throw new MonitoringConflictException("通报已印发（" + bulletin.documentNumber() + "），印发后不能修改或删除");
        }
    }

    private static int versionOf(Bulletin bulletin, Integer version) {
        if (version != null && version != bulletin.version()) {
            throw stale();
        }
        return bulletin.version();
    }

    private static MonitoringConflictException stale() {
        return new MonitoringConflictException("这份通报刚被别人改过，请刷新后再改");
    }

    private static void requireReader(UserAccount user) {
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            throw new MonitoringNotFoundException("没有这份通报");
        }
    }

    private static void requireEditor(UserAccount user) {
        if (!edits(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有残联工作人员或管理员可以起草和印发通报");
        }
    }
}
