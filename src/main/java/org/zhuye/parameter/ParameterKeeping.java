package org.zhuye.parameter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * Adds a dated row of any {@link ParameterKind}: who may, the region, the period, the evidence and
 * source, the kind's own values, and that the row overlaps no row of the same region and series.
 * Nothing is overwritten; an open row of a {@link Period#RANGE} kind that a later row follows is
 * ended the day before it (its value stays), and both are audited in one transaction.
 */
@Service
public class ParameterKeeping {

    static final int MAX_SOURCE = 500;

    private final List<ParameterKind> kinds;
    private final RegionRepository regions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ParameterKeeping(List<ParameterKind> kinds, RegionRepository regions, AuditTrail audit, ApplicationEventPublisher events) {
        this.kinds = kinds;
        this.regions = regions;
        this.audit = audit;
        this.events = events;
    }

    public List<ParameterKind> kinds() {
        return kinds;
    }

    public Optional<ParameterKind> kind(String key) {
        return kinds.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** Province administrators keep every kind; a league administrator those kept per 盟市 or 旗县, in their area. */
    public static boolean mayAdd(ParameterKind kind, UserAccount user) {
        return user.roles().contains(Role.ADMIN) && user.jurisdiction().level() <= kind.narrowestLevel();
    }

    /** The rows a user sees: those of their region's ancestors (which apply there) and of regions inside it. */
    public static List<ParameterRow> rowsFor(ParameterKind kind, UserAccount user) {
        String root = user.jurisdiction().root().significantPrefix();
        return kind.rows().stream()
                .filter(r -> root.startsWith(r.regionPrefix()) || r.regionPrefix().startsWith(root)).toList();
    }

    /**
     * Checks and adds a row from the form's text fields; returns every problem keyed by field (empty when
     * added). Throws {@link NotKeptHere} when the user may not keep this kind at all.
     */
    @Transactional
    public Map<String, String> add(ParameterKind kind, Map<String, String> form, UserAccount user) {
        if (!mayAdd(kind, user)) {
            throw new NotKeptHere();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String prefix = region(kind, text(form, "regionPrefix"), user, errors);
        LocalDate[] period = period(kind, form, errors);
        Evidence evidence = Evidence.ofCode(text(form, "evidence")).orElse(null);
        if (evidence == null) {
            errors.put("evidence", "请选择“是否确认”（依据等级）");
        }
        String source = text(form, "source");
        if (source.isEmpty() || source.length() > MAX_SOURCE) {
            errors.put("source", "请填写来源说明（文件名称、文号、条款或假设的理由），不超过" + MAX_SOURCE + "字");
        }
        Map<String, String> values = new LinkedHashMap<>();
        kind.fields().forEach(f -> values.put(f.name(), text(form, f.name())));
        errors.putAll(kind.validate(values));
        if (!errors.isEmpty()) {
            return errors;
        }
        NewParameter row = new NewParameter(prefix, period[0], period[1], values, evidence, source);
        String series = kind.seriesField() == null ? "" : values.get(kind.seriesField());
        List<ParameterRow> same = kind.rows().stream()
                .filter(r -> r.regionPrefix().equals(prefix) && r.series().equals(series)).toList();
        ParameterRow toEnd = null;
        for (ParameterRow existing : same) {
            String conflict = conflict(kind, existing, row);
            if (conflict == null) {
                continue;
            }
            if (kind.period() == Period.RANGE && existing.to() == null && existing.from().isBefore(row.from())
                    && toEnd == null) {
                toEnd = existing;
                continue;
            }
            errors.put(kind.period() == Period.YEAR ? "year" : "validFrom", conflict);
            return errors;
        }
        if (toEnd != null && same.stream().anyMatch(r -> r.from().isAfter(row.from()))) {
            toEnd = null;
        }
        try {
            if (toEnd != null) {
                kind.end(toEnd, row.from().minusDays(1));
                audit.record(AuditEntry.of(AuditAction.PARAMETER_ENDED, ParameterVocabulary.OBJECT_TYPE, objectId(kind, toEnd.regionPrefix(),
                        series, toEnd.from()), RegionCode.of(prefix).value()).withChange(Map.of("有效期至", "（未定）"),
                        Map.of("有效期至", row.from().minusDays(1).toString())));
            }
            kind.insert(row);
        } catch (DuplicateKeyException e) {
            errors.put(kind.period() == Period.YEAR ? "year" : "validFrom", "刚刚已有人添加了同一区划、同一日期的一行，请刷新后查看");
            return errors;
        }
        audit.record(AuditEntry.of(AuditAction.PARAMETER_ADDED, ParameterVocabulary.OBJECT_TYPE, objectId(kind, prefix, series, row.from()),
                RegionCode.of(prefix).value()).withChange(null, state(kind, row)));
        kind.reload();
        events.publishEvent(new ParametersChanged(kind.key()));
        return errors;
    }

    /** Why {@code row} may not stand beside {@code existing}, naming the existing row and the rule; null if it may. */
    private static String conflict(ParameterKind kind, ParameterRow existing, NewParameter row) {
        String named = "区划 " + existing.regionPrefix() + " 的“" + kind.label() + "”" + seriesLabel(kind, existing)
                + describe(kind, existing);
        return switch (kind.period()) {
            case YEAR -> existing.from().getYear() == row.year()
                    ? "已有" + named + "：同一区划每个征收年度只有一行，已有的行不会被修改" : null;
            case FROM -> existing.from().isBefore(row.from()) ? null
                    : "已有" + named + "：新行的起始日须晚于同一区划已有各行的起始日（新行从起始日起取代旧行，旧行不会被修改）";
            case RANGE -> overlaps(existing, row)
                    ? "与已有的" + named + "重叠：同一区划同一参数的有效期不能重叠，已有的行不会被修改；请调整新行的有效期" : null;
        };
    }

    private static boolean overlaps(ParameterRow existing, NewParameter row) {
        boolean startsBeforeEnd = existing.to() == null || !row.from().isAfter(existing.to());
        boolean endsAfterStart = row.to() == null || !row.to().isBefore(existing.from());
        return startsBeforeEnd && endsAfterStart;
    }

    private static String seriesLabel(ParameterKind kind, ParameterRow row) {
        if (kind.seriesField() == null) {
            return "";
        }
        ParameterField field = kind.fields().get(0);
        return "（" + field.display(row.series()) + "）";
    }

    /** A row's period in words: 2026 年度, 自 2025-01-01 起, 2024-01-01 至 2024-12-31. */
    public static String describe(ParameterKind kind, ParameterRow row) {
        return switch (kind.period()) {
            case YEAR -> " " + row.from().getYear() + " 年度的一行";
            case FROM -> " 自 " + row.from() + " 起的一行";
            case RANGE -> " " + row.from() + " 至 " + (row.to() == null ? "今后（未定截止日）" : row.to()) + " 的一行";
        };
    }

    private String region(ParameterKind kind, String text, UserAccount user, Map<String, String> errors) {
        Optional<RegionCode> code = RegionCode.parse(text);
        if (code.isEmpty() || code.get().level() > 3 || !code.get().significantPrefix().equals(text)) {
            errors.put("regionPrefix", "区划代码须为 2、4 或 6 位（自治区、盟市、旗县的区划代码前缀，如 15、1501、150102）");
            return null;
        }
        if (code.get().level() > kind.narrowestLevel()) {
            errors.put("regionPrefix", kind.label() + "只能按" + levelName(kind.narrowestLevel()) + "及以上区划设置");
            return null;
        }
        if (!user.jurisdiction().contains(code.get())) {
            errors.put("regionPrefix", "区划 " + text + " 不在您的管辖范围内，只能为本辖区添加参数");
            return null;
        }
        if (!regions.exists(code.get())) {
            errors.put("regionPrefix", "区划 " + text + " 不存在");
            return null;
        }
        return text;
    }

    static String levelName(int level) {
        return switch (level) {
            case 1 -> "自治区";
            case 2 -> "盟市";
            default -> "旗县";
        };
    }

    private static LocalDate[] period(ParameterKind kind, Map<String, String> form, Map<String, String> errors) {
        if (kind.period() == Period.YEAR) {
            String year = text(form, "year");
            if (!year.matches("\\d{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100) {
                errors.put("year", "征收年度须为 2000 至 2100 的4位年份");
                return new LocalDate[]{null, null};
            }
            int y = Integer.parseInt(year);
            return new LocalDate[]{LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        LocalDate from = date(text(form, "validFrom"));
        if (from == null) {
            errors.put("validFrom", "请填写起始日期（YYYY-MM-DD）");
        }
        if (kind.period() == Period.FROM) {
            return new LocalDate[]{from, null};
        }
        String toText = text(form, "validTo");
        LocalDate to = toText.isEmpty() ? null : date(toText);
        if (!toText.isEmpty() && to == null) {
            errors.put("validTo", "截止日期须写作 YYYY-MM-DD，或留空表示未定");
        } else if (from != null && to != null && to.isBefore(from)) {
            errors.put("validTo", "截止日期不能早于起始日期 " + from);
        }
        return new LocalDate[]{from, to};
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null ? "" : value.strip();
    }

    /** One object type for every kind (its words are {@link ParameterVocabulary}'s); the kind leads the id. */
    private static String objectId(ParameterKind kind, String prefix, String series, LocalDate from) {
        return kind.key() + "/" + prefix + (series.isEmpty() ? "" : "/" + series) + "/" + from;
    }

    private static Map<String, Object> state(ParameterKind kind, NewParameter row) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("参数", kind.label());
        state.put("区划", row.regionPrefix());
        state.put("有效期", kind.period() == Period.YEAR ? row.year() + " 年度"
                : row.from() + " 至 " + (row.to() == null ? "今后" : row.to()));
        kind.fields().forEach(f -> state.put(f.label(), f.display(row.value(f.name()))));
        state.put("是否确认", row.evidence().label());
        state.put("来源", row.source());
        return state;
    }

    /** The user keeps no rows of this kind (a league administrator and a province-wide kind). */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
    public static class NotKeptHere extends RuntimeException {
        NotKeptHere() {
            super("您不能添加此类参数");
        }
    }
}
