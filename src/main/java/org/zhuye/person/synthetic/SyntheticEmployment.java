package org.zhuye.person.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.zhuye.person.DisabilityCategory;

/**
 * The current employment status of a synthetic person, as the template's nine employment cells.
 *
 * <p>Of working age, about as many are in work as in Inner Mongolia's registry (就业率 51.6%,
 * 19 of 36.8 万, rules.md §4.6): more often with a mild grade, less often with a severe one or an
 * intellectual or mental disability; rural people mostly in 农村种养加, urban people in flexible,
 * quota and individual work. Children are at school or cared for at home; past working age most
 * are retired or unable to work, and a few rural elders still farm.
 */
final class SyntheticEmployment {

    /** Chance of being in work by grade (一级 … 四级), calibrated to a working-age rate near 51.6%. */
    private static final double[] IN_WORK_BY_GRADE = {0, 0.26, 0.42, 0.62, 0.66};

    private static final SyntheticShares<String> RURAL_FORMS = new SyntheticShares<String>()
            .with("农村种养加", 58).with("灵活就业", 17).with("个体就业（含自主创业）", 9).with("公益性岗位就业", 9)
            .with("辅助性就业", 3).with("集中就业", 2).with("按比例就业", 2);
    private static final SyntheticShares<String> URBAN_FORMS = new SyntheticShares<String>()
            .with("灵活就业", 30).with("按比例就业", 18).with("个体就业（含自主创业）", 17).with("公益性岗位就业", 13)
            .with("集中就业", 10).with("辅助性就业", 9).with("农村种养加", 3);

    private static final SyntheticShares<String> WORKING_AGE_REASONS = new SyntheticShares<String>()
            .with("无就业技能", 38).with("无意愿就业", 18).with("丧失劳动能力", 14).with("其他", 22).with("农用土地被征用", 8);
    private static final SyntheticShares<String> SEVERE_REASONS = new SyntheticShares<String>()
            .with("丧失劳动能力", 55).with("无就业技能", 20).with("无意愿就业", 8).with("其他", 17);
    private static final SyntheticShares<String> ELDER_REASONS_URBAN = new SyntheticShares<String>()
            .with("退休", 72).with("丧失劳动能力", 18).with("其他", 10);
    private static final SyntheticShares<String> ELDER_REASONS_RURAL = new SyntheticShares<String>()
            .with("退休", 42).with("丧失劳动能力", 33).with("无意愿就业", 8).with("其他", 17);

    static final SyntheticShares<String> LIVELIHOOD_WORKING_AGE = new SyntheticShares<String>()
            .with("家庭成员供养", 47).with("社会救助与社会福利", 40).with("财产性收入", 3).with("其他", 10);
    private static final SyntheticShares<String> LIVELIHOOD_ELDER_URBAN = new SyntheticShares<String>()
            .with("退休金(养老金)", 66).with("社会救助与社会福利", 14).with("家庭成员供养", 15).with("财产性收入", 3).with("其他", 2);
    private static final SyntheticShares<String> LIVELIHOOD_ELDER_RURAL = new SyntheticShares<String>()
            .with("退休金(养老金)", 34).with("家庭成员供养", 35).with("社会救助与社会福利", 26).with("其他", 5);

    private static final SyntheticShares<Integer> SATISFACTION = new SyntheticShares<Integer>()
            .with(5, 22).with(4, 38).with(3, 28).with(2, 8).with(1, 4);

    private static final String[] QUOTA_JOBS = {"文员", "保洁员", "仓库管理员", "客服专员", "质检员", "收银员", "门卫", "会计", "数据录入员", "厨师"};
    private static final String[] SHELTERED_JOBS = {"包装工", "手工制作工", "缝纫工", "装配工", "洗涤工"};
    private static final String[] SELF_EMPLOYED_JOBS = {"个体经营户", "网店店主", "小卖部经营者", "修鞋匠", "电器维修工", "理发师", "餐馆经营者"};
    private static final String[] PUBLIC_WELFARE_JOBS = {"保洁员", "护林员", "草原管护员", "治安协管员", "助残专干", "公厕管理员", "绿化工"};
    private static final String[] SUPPORTED_JOBS = {"手工编织", "串珠工艺", "包装辅助工", "农疗辅助工", "烘焙辅助工"};
    private static final String[] FARM_JOBS = {"种植户", "养殖户", "牧民", "蔬菜种植", "肉羊养殖", "奶牛养殖", "农产品加工"};
    private static final String[] FLEXIBLE_JOBS = {"家政服务员", "外卖配送员", "网络客服", "手工艺制作", "临时工", "保安", "直播销售员", "快递分拣员"};
    private static final String[] COMPANIES = {"兴旺商贸", "草原乳业", "北疆物流", "恒信建材", "蒙源食品", "诚信物业", "绿原农牧", "金桥电子", "安达运输", "鑫盛能源"};
    private static final String[] PUBLIC_EMPLOYERS = {"残疾人联合会", "社区服务中心", "林业和草原局", "市政环卫服务中心", "综合行政执法局"};

    private SyntheticEmployment() {
    }

    /** A person as the employment rules need them. */
    record Situation(LocalDate birth, int age, boolean workingAge, boolean urban, DisabilityCategory category,
                     int grade, String countyName) {
    }

    /** The cells 是否就业 … 未就业主要生活来源, blank as "". */
    static String[] cells(Situation who, LocalDate asOf, SplittableRandom random) {
        String[] cells = new String[9];
        java.util.Arrays.fill(cells, "");
        if (who.workingAge()) {
            double chance = IN_WORK_BY_GRADE[who.grade()];
            if (who.category() == DisabilityCategory.INTELLECTUAL || who.category() == DisabilityCategory.MENTAL
                    || who.category() == DisabilityCategory.MULTIPLE) {
                chance *= 0.8;
            }
            if (random.nextDouble() < chance) {
                employed(cells, who, asOf, random);
            } else if (who.age() <= 22 && random.nextDouble() < 0.55) {
                notEmployed(cells, who, asOf, "在校学习", "家庭成员供养", random);
            } else {
                notEmployed(cells, who, asOf, (who.grade() <= 2 ? SEVERE_REASONS : WORKING_AGE_REASONS).pick(random),
                        LIVELIHOOD_WORKING_AGE.pick(random), random);
                if (who.urban() && "农用土地被征用".equals(cells[7])) {
                    cells[7] = "其他";
                }
            }
        } else if (who.age() < 16) {
            notEmployed(cells, who, asOf, who.age() >= 6 && random.nextDouble() < 0.85 ? "在校学习" : "其他",
                    random.nextDouble() < 0.9 ? "家庭成员供养" : "社会救助与社会福利", random);
        } else if (!who.urban() && who.age() < 70 && who.grade() >= 3 && random.nextDouble() < 0.12) {
            employed(cells, who, asOf, random, "农村种养加");
        } else {
            notEmployed(cells, who, asOf, (who.urban() ? ELDER_REASONS_URBAN : ELDER_REASONS_RURAL).pick(random),
                    (who.urban() ? LIVELIHOOD_ELDER_URBAN : LIVELIHOOD_ELDER_RURAL).pick(random), random);
        }
        return cells;
    }

    static void employed(String[] cells, Situation who, LocalDate asOf, SplittableRandom random) {
        employed(cells, who, asOf, random, (who.urban() ? URBAN_FORMS : RURAL_FORMS).pick(random));
    }

    private static void employed(String[] cells, Situation who, LocalDate asOf, SplittableRandom random, String form) {
        cells[0] = "是";
        cells[1] = statusDate(who.birth().plusYears(16), asOf, random).toString();
        cells[2] = form;
        boolean blind = who.category() == DisabilityCategory.VISION && random.nextDouble() < 0.7;
        int income;
        switch (form) {
            case "按比例就业" -> {
                cells[3] = who.countyName() + pick(COMPANIES, random) + "有限公司" + SyntheticNames.MARKER;
                cells[4] = pick(QUOTA_JOBS, random);
                income = between(2200, 5200, random);
            }
            case "集中就业" -> {
                cells[3] = who.countyName() + (blind ? "盲人按摩中心" : "福利企业") + SyntheticNames.MARKER;
                cells[4] = blind ? "盲人按摩师" : pick(SHELTERED_JOBS, random);
                income = between(1900, 3600, random);
            }
            case "个体就业（含自主创业）" -> {
                cells[4] = blind ? "盲人按摩店店主" : pick(SELF_EMPLOYED_JOBS, random);
                income = between(1500, 6500, random);
            }
            case "公益性岗位就业" -> {
                cells[3] = who.countyName() + pick(PUBLIC_EMPLOYERS, random) + SyntheticNames.MARKER;
                cells[4] = pick(PUBLIC_WELFARE_JOBS, random);
                income = between(1980, 2700, random);
            }
            case "辅助性就业" -> {
                cells[3] = who.countyName() + "阳光家园" + SyntheticNames.MARKER;
                cells[4] = pick(SUPPORTED_JOBS, random);
                income = between(400, 1500, random);
            }
            case "农村种养加" -> {
                cells[4] = pick(FARM_JOBS, random);
                income = between(600, 3000, random);
            }
            default -> {
                cells[4] = pick(FLEXIBLE_JOBS, random);
                income = between(1200, 4000, random);
            }
        }
        cells[5] = random.nextDouble() < 0.93 ? Integer.toString(income) : "";
        cells[6] = random.nextDouble() < 0.9 ? SATISFACTION.pick(random).toString() : "";
    }

    static void notEmployed(String[] cells, Situation who, LocalDate asOf, String reason, String livelihood,
                                    SplittableRandom random) {
        cells[0] = "否";
        cells[1] = statusDate(who.birth(), asOf, random).toString();
        cells[7] = reason;
        cells[8] = random.nextDouble() < 0.97 ? livelihood : "";
    }

    /** A day in the last three years, not before {@code earliest} (birth, or the 16th birthday for work). */
    private static LocalDate statusDate(LocalDate earliest, LocalDate asOf, SplittableRandom random) {
        LocalDate date = asOf.minusDays(random.nextInt(3 * 365 + 1));
        return date.isBefore(earliest) ? (earliest.isAfter(asOf) ? asOf : earliest) : date;
    }

    /** A monthly income in yuan, rounded to ten. */
    private static int between(int low, int high, SplittableRandom random) {
        return (low + random.nextInt(high - low + 1)) / 10 * 10;
    }

    private static String pick(String[] pool, SplittableRandom random) {
        return pool[random.nextInt(pool.length)];
    }
}
