package org.zhuye.employer.declaration;

import java.math.BigDecimal;

import org.zhuye.employer.AdministrativeLevel;
import org.zhuye.employer.EmployerType;

/**
 * 《内蒙古自治区促进残疾人就业三年行动实施方案(2022—2024年)》 (rules.md §2): 自治区级 and 盟市级 机关
 * with 编制 ≥ 50, and 事业单位 other than 中小学 and 幼儿园 with 编制 ≥ 67, that are under the ratio must
 * employ at least one disabled person. Tested against 编制 (authorised posts), as the text says.
 */
public final class MustEmployRule {

    static final int AGENCY_MIN_POSTS = 50;
    static final int INSTITUTION_MIN_POSTS = 67;

    private MustEmployRule() {
    }

    /** Whether the unit is one the rule names (whatever it employs). */
    public static boolean applies(EmployerType type, AdministrativeLevel level, Integer posts, boolean school) {
        if (posts == null) {
            return false;
        }
        if (type == EmployerType.AGENCY) {
            return (level == AdministrativeLevel.AUTONOMOUS_REGION || level == AdministrativeLevel.LEAGUE_CITY)
                    && posts >= AGENCY_MIN_POSTS;
        }
        return type == EmployerType.PUBLIC_INSTITUTION && !school && posts >= INSTITUTION_MIN_POSTS;
    }

    /** Listed: named by the rule, employing (counted) fewer than one, and under the ratio of its 编制. */
    public static boolean flagged(EmployerType type, AdministrativeLevel level, Integer posts, boolean school,
                                  BigDecimal counted, BigDecimal ratio) {
        return applies(type, level, posts, school) && counted.compareTo(BigDecimal.ONE) < 0
                && counted.compareTo(ratio.multiply(BigDecimal.valueOf(posts))) < 0;
    }
}
