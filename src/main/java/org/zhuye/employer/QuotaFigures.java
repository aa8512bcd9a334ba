package org.zhuye.employer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.zhuye.employer.declaration.Declarations;
import org.zhuye.employer.declaration.NoDeclarationRules;
import org.zhuye.employer.declaration.QuotaListRepository;
import org.zhuye.employer.declaration.QuotaLists;
import org.zhuye.employer.levy.NoLevyParameters;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * The quota review's results as statistics count them, for one 征收年度 and a region inside the caller's
 * jurisdiction, by the unit's registered region. Only confirmed declarations carry figures, as on the
 * federation's lists and the 公示; the plan's 50/67 rule is judged as the list of units that must employ one
 * judges it ({@link QuotaLists#mustEmployUnits}).
 */
@Service
@JurisdictionScoped
public class QuotaFigures {

    /** A 机关 or 事业单位 with a confirmed declaration: whether its counted employees reach the required number. */
    public record ReviewedUnit(long employerId, String name, String typeLabel, String regionCode, BigDecimal required,
                               BigDecimal counted, boolean meets) {
    }

    /** A unit the plan's 50/67 rule names: whether it meets it (employs at least one, or reaches the ratio of its 编制). */
    public record RuleUnit(long employerId, String name, String typeLabel, String regionCode, int authorisedPosts,
                           BigDecimal counted, String basis, boolean meets) {
    }

    /** A confirmed declaration's levy: the amount due in fen (after the engine's tiers and the small-unit exemption). */
    public record LevyDue(long employerId, String name, String typeLabel, String regionCode, long dueFen) {
    }

    private final QuotaListRepository units;
    private final QuotaLists lists;

    QuotaFigures(QuotaListRepository units, QuotaLists lists) {
        this.units = units;
        this.lists = lists;
    }

    /** The day the lists judge deadlines on: a unit not filed is listed from the day after its deadline. */
    public static LocalDate today() {
        return Declarations.today();
    }

    /** 机关 and 事业单位 whose declaration of the year is confirmed, in the lists' order (region, name). */
    public List<ReviewedUnit> listReviewedPublicUnits(int year, RegionCode region, Jurisdiction jurisdiction) {
        return units.findUnits(year, region.significantPrefix() + "%", jurisdiction).stream()
                .filter(u -> u.confirmed() && (u.type() == EmployerType.AGENCY || u.type() == EmployerType.PUBLIC_INSTITUTION))
                .map(u -> new ReviewedUnit(u.employerId(), u.name(), u.typeLabel(), u.regionCode(), u.required(), u.counted(),
                        u.shortfall().signum() <= 0))
                .toList();
    }

    /**
     * The units the plan's rule names whose year can be judged (confirmed, or not filed after the deadline).
     *
     * @throws EmployerRuleException (field {@code year}) when the year's declaration rules or levy parameters are missing
     */
    public List<RuleUnit> listMustEmployUnits(int year, RegionCode region, Jurisdiction jurisdiction) {
        try {
            return lists.mustEmployUnits(year, region, jurisdiction).stream()
                    .map(m -> new RuleUnit(m.unit().employerId(), m.unit().name(), m.unit().typeLabel(), m.unit().regionCode(),
                            m.unit().authorisedPosts(), m.counted(), m.basis(), !m.flagged()))
                    .toList();
        } catch (NoDeclarationRules | NoLevyParameters e) {
            throw new EmployerRuleException(Map.of("year", e.getMessage()));
        }
    }

    /** Confirmed declarations of the year with a levy to pay, in the lists' order. */
    public List<LevyDue> listLeviesDue(int year, RegionCode region, Jurisdiction jurisdiction) {
        return units.findUnits(year, region.significantPrefix() + "%", jurisdiction).stream()
                .filter(u -> u.confirmed() && u.due() != null && u.due().signum() > 0)
                .map(u -> new LevyDue(u.employerId(), u.name(), u.typeLabel(), u.regionCode(),
                        u.due().movePointRight(2).longValueExact()))
                .toList();
    }
}
