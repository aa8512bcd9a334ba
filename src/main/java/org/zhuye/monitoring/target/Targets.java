package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.MonitoringConflictException;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionOutsideJurisdiction;
import org.zhuye.region.RegionRepository;

/**
 * Setting targets. A level's targets are set by the level above (a user sets those of regions strictly below
 * their jurisdiction's root; the 自治区 sets its own, since nobody is above it), by ADMIN and STAFF only;
 * every row's problems are reported at once, and a batch (a split: the parent and all its children) is saved
 * in one transaction with one audit entry per changed target, or not at all.
 */
@Service
public class Targets {

    static final String OBJECT_TYPE = "target";
    /** numeric(14, 2) of the table: twelve digits before the point. */
    private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

    private final TargetRepository repository;
    private final Indicators indicators;
    private final RegionRepository regions;
    private final AuditTrail audit;

    Targets(TargetRepository repository, Indicators indicators, RegionRepository regions, AuditTrail audit) {
        this.repository = repository;
        this.indicators = indicators;
        this.regions = regions;
        this.audit = audit;
    }

    public static LocalDate today() {
        return LocalDate.now();
    }

    /** Whether the user's roles write targets at all (GRASSROOTS and VIEWER read them). */
    public static boolean writer(UserAccount user) {
        return user.roles().contains(Role.ADMIN) || user.roles().contains(Role.STAFF);
    }

    /** Whether targets of {@code region} are the user's to set: below their root, or their root when it is the 自治区. */
    public static boolean setsTargetsOf(UserAccount user, RegionCode region) {
        Jurisdiction own = user.jurisdiction();
        return writer(user) && own.contains(region) && (!region.equals(own.root()) || own.root().level() == 1);
    }

    /** One target; see {@link #setAll}. Field errors are keyed by the input's field names. */
    @Transactional
    public Target set(TargetInput input, UserAccount user, Jurisdiction jurisdiction) {
        return setAll(List.of(input), user, jurisdiction).get(0);
    }

    /**
     * Sets every input in one transaction: all problems of all rows at once (keyed {@code [i].field} when
     * more than one row), nothing saved if any. An unchanged value at the current version is left as it is,
     * unaudited; a stale version is 409.
     */
    @Transactional
    public List<Target> setAll(List<TargetInput> inputs, UserAccount user, Jurisdiction jurisdiction) {
        if (!writer(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有系统管理员和残联工作人员可以设置目标");
        }
        if (inputs.isEmpty()) {
            throw MonitoringRuleException.of("targets", "没有要设置的目标");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String prefix = inputs.size() == 1 ? "" : "[" + i + "].";
            check(inputs.get(i), user, jurisdiction, prefix, errors).ifPresent(checked::add);
        }
        if (!errors.isEmpty()) {
            throw new MonitoringRuleException(errors);
        }
        List<Target> saved = new ArrayList<>();
        for (Checked c : checked) {
            saved.add(save(c, user));
        }
        return saved;
    }

    private Target save(Checked c, UserAccount user) {
        Optional<Target> before = repository.find(c.indicator.code(), c.region, c.period);
        if (before.isPresent() && c.version != null && before.get().version() == c.version
                && before.get().value().compareTo(c.value) == 0) {
            return before.get();
        }
        if (before.isEmpty() && c.version != null) {
            throw new MonitoringConflictException("目标已不在（" + c.region.significantPrefix() + "，" + c.period.label() + "）：请重新打开后再改");
        }
        String source = c.source != null ? c.source : before.map(Target::source).orElse(null);
        Target after = repository.save(c.indicator.code(), c.region, c.period, c.value, source, user.username(), c.version);
        Map<String, Object> old = new LinkedHashMap<>();
        before.ifPresent(b -> old.put("value", b.value().toPlainString()));
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("indicator", c.indicator.code());
        now.put("period", c.period.key());
        now.put("value", after.value().toPlainString());
        if (source != null) {
            now.put("source", source);
        }
        audit.record(AuditEntry.of(AuditAction.TARGET_SET, OBJECT_TYPE, String.valueOf(after.id()), after.regionCode())
                .withChange(before.isPresent() ? old : null, now)
                .withDetail(c.indicator.name() + " " + c.period.label() + "：" + (before.isPresent()
                        ? before.get().value().stripTrailingZeros().toPlainString() + " → " : "")
                        + after.value().stripTrailingZeros().toPlainString() + c.indicator.unit().label()));
        return after;
    }

    private Optional<Checked> check(TargetInput input, UserAccount user, Jurisdiction jurisdiction, String prefix,
                                    Map<String, String> errors) {
        int before = errors.size();
        Indicator indicator = null;
        if (input.indicator() == null || input.indicator().isBlank()) {
            errors.put(prefix + "indicator", "指标：必须选择");
        } else {
            indicator = indicators.find(input.indicator().strip()).orElse(null);
            if (indicator == null) {
                errors.put(prefix + "indicator", "指标：指标目录中没有“" + input.indicator().strip() + "”");
            } else if (indicator.aggregation() == Aggregation.MEDIAN) {
                errors.put(prefix + "indicator", "指标：" + indicator.name() + "是中位数，不设目标");
                indicator = null;
            }
        }
        RegionCode region = null;
        if (input.regionCode() == null || input.regionCode().isBlank()) {
            errors.put(prefix + "regionCode", "地区：必须选择");
        } else {
            region = RegionCode.parse(input.regionCode().strip()).orElse(null);
            if (region == null || !jurisdiction.contains(region) || regions.find(region, jurisdiction).isEmpty()) {
                throw new RegionOutsideJurisdiction(input.regionCode().strip());
            }
            if (!setsTargetsOf(user, region)) {
                errors.put(prefix + "regionCode", "地区：目标由上一级下达，" + region.significantPrefix()
                        + " 的目标不能由本级设置（只能设置下级地区的目标）");
            }
        }
        ReportingPeriod period = null;
        if (input.from() == null) {
            errors.put(prefix + "from", "起始日期：必须填写，格式如 2026-01-01");
        }
        if (input.to() == null) {
            errors.put(prefix + "to", "截止日期：必须填写，格式如 2026-12-31");
        }
        if (input.from() != null && input.to() != null) {
            if (input.to().isBefore(input.from())) {
                errors.put(prefix + "to", "截止日期：不能早于起始日期");
            } else {
                period = new ReportingPeriod(input.from(), input.to());
            }
        }
        BigDecimal value = value(input.value(), indicator, prefix, errors);
        String source = input.source() == null || input.source().isBlank() ? null : input.source().strip();
        if (source != null && source.length() > 300) {
            errors.put(prefix + "source", "依据：不超过300字");
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Checked(indicator, region, period, value, input.version(), source));
    }

    private static BigDecimal value(String text, Indicator indicator, String prefix, Map<String, String> errors) {
        String field = prefix + "value";
        if (text == null || text.isBlank()) {
            errors.put(field, "目标值：必须填写");
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "目标值：“" + text.strip() + "”不是数字");
            return null;
        }
        if (value.signum() < 0) {
            errors.put(field, "目标值：不能为负数");
            return null;
        }
        if (value.compareTo(LARGEST) > 0) {
            errors.put(field, "目标值：过大");
            return null;
        }
        if (indicator == null) {
            return value;
        }
        if (indicator.aggregation() == Aggregation.RATIO && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.put(field, "目标值：" + indicator.name() + "是比率，目标填百分数，在 0 到 100 之间");
            return null;
        }
        int places = indicator.unit() == IndicatorUnit.YUAN || indicator.unit() == IndicatorUnit.PERCENT ? 2 : 0;
        if (value.stripTrailingZeros().scale() > places) {
            errors.put(field, places == 0 ? "目标值：" + indicator.name() + "以" + indicator.unit().label() + "计，须为整数"
                    : "目标值：最多两位小数");
            return null;
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private record Checked(Indicator indicator, RegionCode region, ReportingPeriod period, BigDecimal value,
                           Integer version, String source) {
    }
}
