package org.zhuye.jobs.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkplaceFeature;

/**
 * One person and one posting, explained: the hard filters each named with a Chinese message, then
 * the weighted score. Pure Java; the in-memory index ranks with the same {@link Fit} functions.
 */
public final class Matcher {

    private Matcher() {
    }

    /**
     * @param asCandidate true when the person is shown to staff or an employer (then a person who asked
     *                    not to be recommended is excluded); false when the person looks at postings themself
     */
    public static Match match(Seeker s, Opening o, MatchWeights weights, LocalDate today, boolean asCandidate) {
        List<Exclusion> failed = excludedBy(s, o, today, asCandidate);
        return new Match(s.personId(), o.postingId(), failed.isEmpty(), score(s, o, weights), components(s, o, weights),
                failed);
    }

    public static List<Exclusion> excludedBy(Seeker s, Opening o, LocalDate today, boolean asCandidate) {
        List<Exclusion> failed = new ArrayList<>();
        if (!o.published() || o.openUntil().isBefore(today)) {
            failed.add(Exclusion.of(MatchRule.POSTING_OPEN, o.published()
                    ? "岗位已于 " + o.openUntil() + " 截止招聘" : "岗位未发布或已关闭"));
        }
        for (WorkDemand d : WorkDemand.values()) {
            int demand = o.demands().get(d);
            int capability = s.capabilities().get(d);
            if (demand > capability) {
                failed.add(Exclusion.of(MatchRule.DEMAND, d.label() + "：岗位要求" + d.level(demand) + "，本人能力为"
                        + (capability == 0 ? "不能胜任此项" : d.level(capability))));
            }
        }
        List<WorkplaceFeature> missing = s.needs().stream().filter(n -> !o.features().contains(n)).sorted().toList();
        if (!missing.isEmpty()) {
            failed.add(Exclusion.of(MatchRule.NEEDS, "本人需要"
                    + missing.stream().map(WorkplaceFeature::label).collect(Collectors.joining("、")) + "，岗位未提供"));
        }
        if (!s.workModes().contains(o.workMode())) {
            failed.add(Exclusion.of(MatchRule.WORK_MODE, "岗位为" + o.workMode().label() + "，本人不接受此工作方式"));
        }
        if (o.hoursPerWeek() > s.hoursPerWeekMax()) {
            failed.add(Exclusion.of(MatchRule.HOURS, "岗位每周 " + o.hoursPerWeek() + " 小时，超过本人每周最多 "
                    + s.hoursPerWeekMax() + " 小时"));
        }
        if (o.workMode().needsTravel() && !s.travelRange().reaches(s.regionCode(), o.regionCode())) {
            failed.add(Exclusion.of(MatchRule.TRAVEL, "工作地点不在本人可到达的范围（" + s.travelRange().label() + "）内"));
        }
        failed.addAll(personExclusions(s, today, asCandidate));
        return failed;
    }

    /** The rules about the person alone, whatever the posting: working age, in work, certificate, consent. */
    public static List<Exclusion> personExclusions(Seeker s, LocalDate today, boolean asCandidate) {
        List<Exclusion> failed = new ArrayList<>();
        if (s.ageProblem() != null) {
            failed.add(Exclusion.of(MatchRule.WORKING_AGE, s.ageProblem()));
        } else if (today.isBefore(s.workingFrom())) {
            failed.add(Exclusion.of(MatchRule.WORKING_AGE, "未到就业年龄（" + s.workingFrom() + " 起）"));
        } else if (!today.isBefore(s.retiresOn())) {
            failed.add(Exclusion.of(MatchRule.WORKING_AGE, "已到退休年龄（" + s.retiresOn() + "）"));
        }
        if (s.employed() && !s.wantsChange()) {
            failed.add(Exclusion.of(MatchRule.NOT_IN_WORK, "已就业，且未登记希望换工作"));
        }
        if (!s.certificateActive()) {
            failed.add(Exclusion.of(MatchRule.CERTIFICATE, "残疾人证状态为" + s.certificateLabel()));
        }
        if (asCandidate && s.noRecommendation()) {
            failed.add(Exclusion.of(MatchRule.NO_RECOMMENDATION, "本人要求不向用人单位推荐"));
        }
        return failed;
    }

    public static int score(Seeker s, Opening o, MatchWeights w) {
        return Fit.score(w, occupationFit(s, o), educationFit(s, o), wageFit(s, o), distanceFit(s, o),
                categoryFit(s, o), Fit.ability(s.abilityLevel()));
    }

    public static List<ScoreComponent> components(Seeker s, Opening o, MatchWeights w) {
        List<ScoreComponent> parts = new ArrayList<>();
        double occupation = occupationFit(s, o);
        parts.add(part("occupation", "职业", w.occupation(), occupation, occupationReason(s, o, occupation)));
        double education = educationFit(s, o);
        int minimum = Education.rank(o.minEducation());
        parts.add(part("education", "文化程度", w.education(), education, minimum == 0 ? "岗位不限文化程度"
                : education == 1 ? "达到岗位要求的" + Education.label(minimum)
                : "岗位要求" + Education.label(minimum) + "，本人为" + Education.label(Education.rank(s.education()))));
        double wage = wageFit(s, o);
        parts.add(part("wage", "工资", w.wage(), wage, s.wageExpectation() == null || s.wageExpectation() == 0
                ? "本人未填期望工资" : wage == 1 ? "岗位最高月薪 " + o.wageMax() + " 元，不低于期望的 " + s.wageExpectation() + " 元"
                : "岗位最高月薪 " + o.wageMax() + " 元，低于期望的 " + s.wageExpectation() + " 元"));
        double distance = distanceFit(s, o);
        parts.add(part("distance", "距离", w.distance(), distance, distanceReason(s, o)));
        double category = categoryFit(s, o);
        parts.add(part("category", "适合残疾类别", w.category(), category, o.suitableCategories().isEmpty()
                ? "岗位未限定残疾类别" : category == 1 ? "本人的残疾类别在岗位注明的适合类别中" : "本人的残疾类别不在岗位注明的适合类别中"));
        double ability = Fit.ability(s.abilityLevel());
        parts.add(part("ability", "职业能力评估", w.ability(), ability, s.abilityLevel() == 0 ? "尚未做职业能力评估"
                : "职业能力评估为" + new String[]{"", "一级", "二级", "三级", "四级"}[s.abilityLevel()]));
        return parts;
    }

    static double occupationFit(Seeker s, Opening o) {
        return Fit.occupation(s.occupationCodes().toArray(String[]::new), o.occupationCode());
    }

    static double educationFit(Seeker s, Opening o) {
        return Fit.education(Education.rank(s.education()), Education.rank(o.minEducation()));
    }

    static double wageFit(Seeker s, Opening o) {
        return Fit.wage(s.wageExpectation() == null ? 0 : s.wageExpectation(), o.wageMax());
    }

    static double distanceFit(Seeker s, Opening o) {
        return Fit.distance(Fit.region(s.regionCode()), Fit.region(o.regionCode()), o.workMode().needsTravel());
    }

    static double categoryFit(Seeker s, Opening o) {
        return Fit.category(s.category(), categoryMask(o.suitableCategories()));
    }

    static int categoryMask(List<Integer> categories) {
        int mask = 0;
        for (int c : categories) {
            if (c >= 0 && c < 31) {
                mask |= 1 << c;
            }
        }
        return mask;
    }

    private static String occupationReason(Seeker s, Opening o, double fit) {
        if (s.occupationCodes().isEmpty()) {
            return "本人未登记意向职业";
        }
        if (fit == 1) {
            return "与意向职业相同（" + o.occupationCode() + "）";
        }
        if (fit >= 0.7) {
            return "与意向职业同属一个中类（" + o.occupationCode() + "）";
        }
        if (fit > 0) {
            return "与意向职业同属一个大类（" + o.occupationCode() + "）";
        }
        return "与意向职业（" + String.join("、", s.occupationCodes()) + "）不同类";
    }

    private static String distanceReason(Seeker s, Opening o) {
        if (!o.workMode().needsTravel()) {
            return o.workMode().label() + "，不需通勤";
        }
        long home = Fit.region(s.regionCode());
        long work = Fit.region(o.regionCode());
        if (home == work) {
            return "工作地点在本村（社区）";
        }
        if (Fit.sameUpTo(home, work, 9)) {
            return "工作地点在本苏木乡镇";
        }
        if (Fit.sameUpTo(home, work, 6)) {
            return "工作地点在本旗县";
        }
        if (Fit.sameUpTo(home, work, 4)) {
            return "工作地点在本盟市";
        }
        return "工作地点在本盟市以外";
    }

    private static ScoreComponent part(String name, String label, int weight, double fit, String reason) {
        return new ScoreComponent(name, label, weight, Math.round(weight * fit * 10) / 10.0, reason);
    }
}
