package org.zhuye.jobs.posting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.zhuye.jobs.ClosedReason;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;

/**
 * Plans the demo's postings (pure, seeded): for each unit two or three jobs of the kinds units near the
 * federation post for persons with disabilities, each with its history over the past eighteen months —
 * when it was drafted, submitted, checked, and how it ended (filled, withdrawn, or left to expire).
 * Every work mode, every feature and every level of every demand comes up; wages 1,900–8,000 yuan.
 */
final class SyntheticPostings {

    /** How far back postings start: eighteen months. */
    static final int HISTORY_DAYS = 540;

    /** A kind of job: title, 大典 code, work mode, 就业形式, base wage, the demands' usual levels. */
    record Kind(String title, String occupation, WorkMode mode, String employmentForm, int wage, int[] demands,
                List<WorkplaceFeature> usualFeatures) {
    }

    private static final List<Kind> KINDS = List.of(
            kind("电商客服", "4-01", WorkMode.HOME_BASED, "7", 2600, "0 1 1 0 0 0", "SCREEN_READER FLEXIBLE_HOURS"),
            kind("收银员", "4-01", WorkMode.ON_SITE, "1", 2300, "2 2 2 1 2 2", "STEP_FREE ACCESSIBLE_TOILET"),
            kind("理货员", "4-01", WorkMode.ON_SITE, "1", 2400, "2 3 1 2 3 1", "STEP_FREE ELEVATOR"),
            kind("快递分拣员", "4-02", WorkMode.ON_SITE, "1", 3200, "1 3 1 3 3 0", "TRANSPORT QUIET_SPACE"),
            kind("网约配送员", "4-02", WorkMode.PLATFORM, "7", 4500, "2 3 1 2 3 1", "FLEXIBLE_HOURS"),
            kind("仓库管理员", "4-02", WorkMode.ON_SITE, "1", 3000, "2 2 2 2 2 1", "ELEVATOR STEP_FREE"),
            kind("客房服务员", "4-03", WorkMode.ON_SITE, "1", 2500, "1 3 2 2 3 1", "ACCESSIBLE_TOILET TRANSPORT"),
            kind("面点师助理", "4-03", WorkMode.ON_SITE, "2", 2700, "1 3 2 2 3 0", "QUIET_SPACE STEP_FREE"),
            kind("数据标注员", "4-04", WorkMode.REMOTE, "7", 3300, "2 1 2 0 0 0", "SCREEN_READER FLEXIBLE_HOURS QUIET_SPACE"),
            kind("网站内容审核员", "4-04", WorkMode.REMOTE, "7", 3800, "3 1 2 0 0 0", "SCREEN_READER QUIET_SPACE"),
            kind("呼叫中心话务员", "4-07", WorkMode.ON_SITE, "1", 3000, "1 1 1 0 0 3", "SCREEN_READER ASSISTIVE_DEVICES"),
            kind("绿化养护工", "4-09", WorkMode.ON_SITE, "4", 1900, "1 2 1 2 3 0", "TRANSPORT"),
            kind("社区保洁员", "4-10", WorkMode.ON_SITE, "4", 1950, "1 2 1 2 3 0", "FLEXIBLE_HOURS"),
            kind("盲人保健按摩师", "4-10", WorkMode.ON_SITE, "3", 4200, "0 3 3 1 2 2", "SCREEN_READER STEP_FREE"),
            kind("家电维修学徒", "4-12", WorkMode.ON_SITE, "1", 2800, "3 3 3 2 2 1", "ASSISTIVE_DEVICES"),
            kind("图书整理员", "4-13", WorkMode.ON_SITE, "4", 2100, "2 1 1 1 2 0", "ELEVATOR QUIET_SPACE SIGN_LANGUAGE"),
            kind("康复陪护员", "4-14", WorkMode.ON_SITE, "1", 3400, "2 3 2 3 3 2", "ACCESSIBLE_TOILET ELEVATOR"),
            kind("直播带货助理", "4-99", WorkMode.PLATFORM, "7", 3600, "2 2 2 0 1 3", "FLEXIBLE_HOURS"),
            kind("会计", "2-06", WorkMode.ON_SITE, "1", 5200, "3 1 2 0 0 1", "ELEVATOR SCREEN_READER"),
            kind("软件测试员", "2-02", WorkMode.REMOTE, "1", 7000, "3 2 2 0 0 1", "SCREEN_READER FLEXIBLE_HOURS"),
            kind("特殊教育助教", "2-08", WorkMode.ON_SITE, "1", 4000, "2 2 1 1 2 3", "SIGN_LANGUAGE STEP_FREE"),
            kind("平面设计师", "2-09", WorkMode.REMOTE, "7", 6000, "3 2 3 0 0 1", "FLEXIBLE_HOURS QUIET_SPACE"),
            kind("办公室文员", "3-01", WorkMode.ON_SITE, "1", 3000, "2 2 2 1 1 2", "ELEVATOR ACCESSIBLE_TOILET"),
            kind("档案数字化录入员", "3-99", WorkMode.ON_SITE, "5", 2200, "2 1 2 0 0 0", "SIGN_LANGUAGE QUIET_SPACE"),
            kind("门卫", "3-02", WorkMode.ON_SITE, "1", 2300, "2 1 1 1 2 2", "STEP_FREE"),
            kind("综合办公室主任", "1-06", WorkMode.ON_SITE, "1", 8000, "2 2 1 0 1 3", "ELEVATOR"),
            kind("温室蔬菜种植工", "5-01", WorkMode.ON_SITE, "6", 2400, "1 3 2 3 3 0", "TRANSPORT"),
            kind("肉牛养殖工", "5-03", WorkMode.ON_SITE, "6", 3100, "1 3 1 3 3 0", "TRANSPORT"),
            kind("农产品分拣包装工", "6-01", WorkMode.ON_SITE, "5", 2200, "1 2 1 1 2 0", "QUIET_SPACE SIGN_LANGUAGE"),
            kind("奶制品包装工", "6-02", WorkMode.ON_SITE, "2", 2600, "1 2 2 1 3 0", "SIGN_LANGUAGE ACCESSIBLE_TOILET"),
            kind("民族服饰缝纫工", "6-05", WorkMode.HOME_BASED, "5", 2000, "2 3 3 0 0 0", "ASSISTIVE_DEVICES FLEXIBLE_HOURS"),
            kind("手工编织工", "6-09", WorkMode.HOME_BASED, "5", 1900, "1 3 3 0 0 0", "FLEXIBLE_HOURS"),
            kind("电子元件装配工", "6-25", WorkMode.ON_SITE, "2", 3000, "3 3 3 1 1 0", "QUIET_SPACE SIGN_LANGUAGE ASSISTIVE_DEVICES"),
            kind("废旧物资分拣员", "6-27", WorkMode.ON_SITE, "2", 2500, "1 2 1 2 2 0", "TRANSPORT"),
            kind("零工（不便分类）", "8-00", WorkMode.PLATFORM, "7", 2000, "0 0 0 0 0 0", ""),
            kind("生产辅助工", "6", WorkMode.ON_SITE, "2", 2400, "1 2 1 2 2 0", "STEP_FREE"));

    private static Kind kind(String title, String occupation, WorkMode mode, String form, int wage, String demands,
                             String features) {
        int[] levels = java.util.Arrays.stream(demands.split(" ")).mapToInt(Integer::parseInt).toArray();
        List<WorkplaceFeature> usual = features.isBlank() ? List.of()
                : java.util.Arrays.stream(features.split(" ")).map(WorkplaceFeature::valueOf).toList();
        return new Kind(title, occupation, mode, form, wage, levels, usual);
    }

    /** Where a unit's postings may be: the townships and villages of its county. */
    record Unit(long id, List<String> workplaces) {
    }

    /** How a posting's story ends: still where it is, or closed on a day. */
    enum Fate { DRAFT, SUBMITTED, RETURNED, OPEN, FILLED, WITHDRAWN, EXPIRED }

    /** One posting: its fields and the days of its steps (null where the step never came). */
    record Plan(long employerId, PostingInput input, LocalDate created, LocalDate submitted, LocalDate checked,
                Fate fate, LocalDate closed, String returnReason, String checkNote) {

        ClosedReason closedReason() {
            return fate == Fate.FILLED ? ClosedReason.FILLED : fate == Fate.WITHDRAWN ? ClosedReason.WITHDRAWN : null;
        }
    }

    private static final List<String> RETURN_REASONS = List.of(
            "工资下限低于当地最低工资标准，请核实后修改。",
            "工作地点与单位实际经营地址不符，请补充详细地址。",
            "岗位说明过于简单，请写明主要工作内容和对求职者的要求。",
            "所填无障碍条件与现场核实情况不一致（未见无障碍卫生间），请修改。");

    private static final List<String> CHECK_NOTES = List.of(
            "已电话核实单位，营业执照在有效期内。",
            "已到现场查看，无障碍通道和卫生间与填报相符。",
            "单位为按比例就业年审单位，信息一致。",
            "居家岗位，已核实单位和设备提供情况。");

    private final Random random;
    private final LocalDate today;

    SyntheticPostings(long seed, LocalDate today) {
        this.random = new Random(seed * 31 + 12);
        this.today = today;
    }

    List<Plan> plans(List<Unit> units) {
        List<Plan> plans = new ArrayList<>();
        int n = 0;
        for (Unit unit : units) {
            if (unit.workplaces().isEmpty()) {
                continue;
            }
            int count = 2 + (random.nextInt(5) < 2 ? 1 : 0);
            for (int i = 0; i < count; i++) {
                plans.add(plan(unit, KINDS.get(Math.floorMod(n * 7 + random.nextInt(KINDS.size()), KINDS.size())), n++));
            }
        }
        return plans;
    }

    private Plan plan(Unit unit, Kind kind, int n) {
        int roll = random.nextInt(100);
        Fate fate;
        LocalDate created;
        if (roll < 4) {
            fate = Fate.DRAFT;
            created = today.minusDays(random.nextInt(20));
        } else if (roll < 8) {
            fate = Fate.RETURNED;
            created = today.minusDays(5 + random.nextInt(30));
        } else if (roll < 16) {
            fate = Fate.SUBMITTED;
            created = today.minusDays(1 + random.nextInt(14));
        } else {
            created = today.minusDays(8 + random.nextInt(HISTORY_DAYS - 8));
            fate = Fate.OPEN;  // decided below, once the open-until date is known
        }
        LocalDate submitted = fate == Fate.DRAFT ? null : min(created.plusDays(random.nextInt(3)), today);
        LocalDate checked = fate == Fate.DRAFT || fate == Fate.SUBMITTED ? null : min(submitted.plusDays(1 + random.nextInt(6)), today);
        LocalDate openUntil;
        LocalDate closed = null;
        if (fate == Fate.OPEN) {
            // Recent postings mostly run into the coming months; older ones ran their course.
            openUntil = checked.plusDays(30 + random.nextInt(150));
            if (created.isAfter(today.minusDays(210)) && random.nextInt(100) < 60) {
                openUntil = today.plusDays(14 + random.nextInt(150));  // still recruiting, into the coming months
            }
            if (openUntil.isBefore(today)) {
                int end = random.nextInt(100);
                fate = end < 50 ? Fate.FILLED : end < 58 ? Fate.WITHDRAWN : Fate.EXPIRED;
            } else if (random.nextInt(100) < 12) {
                fate = Fate.FILLED;
            }
            if (fate == Fate.FILLED || fate == Fate.WITHDRAWN) {
                long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(checked, min(openUntil, today)));
                closed = checked.plusDays(1 + random.nextLong(span));
                closed = min(closed, today);
            }
        } else {
            openUntil = today.plusDays(20 + random.nextInt(150));
        }
        return new Plan(unit.id(), input(unit, kind, n, openUntil), created, submitted, checked, fate, closed,
                fate == Fate.RETURNED ? RETURN_REASONS.get(random.nextInt(RETURN_REASONS.size())) : null,
                CHECK_NOTES.get(random.nextInt(CHECK_NOTES.size())));
    }

    private PostingInput input(Unit unit, Kind kind, int n, LocalDate openUntil) {
        String workplace = unit.workplaces().get(random.nextInt(unit.workplaces().size()));
        int wageMin = Math.min(8000, Math.max(1900, kind.wage() + 100 * (random.nextInt(9) - 4)));
        int wageMax = Math.min(8000, wageMin + 100 * random.nextInt(16));
        Map<String, String> demands = new LinkedHashMap<>();
        for (WorkDemand d : WorkDemand.values()) {
            int level = kind.demands()[d.ordinal()];
            if (random.nextInt(4) == 0) {
                level = random.nextInt(4);  // units differ in what they ask of the same job
            }
            demands.put(d.key(), String.valueOf(level));
        }
        List<String> features = new ArrayList<>(kind.usualFeatures().stream().map(Enum::name).toList());
        for (WorkplaceFeature f : WorkplaceFeature.values()) {
            if (!features.contains(f.name()) && random.nextInt(8) == 0) {
                features.add(f.name());
            }
        }
        List<String> categories = new ArrayList<>();
        for (int c = 1; c <= 7; c++) {
            if (random.nextInt(4) == 0) {
                categories.add(String.valueOf(c));
            }
        }
        int hours = kind.mode() == WorkMode.ON_SITE ? 40 : 10 + random.nextInt(31);
        String contract = switch (kind.employmentForm()) {
            case "7" -> random.nextBoolean() ? "SERVICE" : "PART_TIME";
            case "3", "6" -> "NONE";
            default -> random.nextInt(5) == 0 ? "OPEN_ENDED" : "FIXED_TERM";
        };
        String education = switch (kind.occupation().charAt(0)) {
            case '1', '2' -> "30";
            case '3' -> "60";
            default -> random.nextBoolean() ? "不限" : "70";
        };
        return new PostingInput(String.valueOf(unit.id()), kind.title(), kind.occupation(), String.valueOf(1 + random.nextInt(n % 10 == 0 ? 20 : 4)),
                workplace, kind.mode() == WorkMode.ON_SITE ? "单位所在地，可提供详细地址" : null, kind.mode().name(),
                kind.employmentForm(), String.valueOf(hours), kind.mode() == WorkMode.ON_SITE ? "白班" : "时间自定",
                String.valueOf(wageMin), String.valueOf(wageMax), contract, String.valueOf(!"NONE".equals(contract)),
                education, categories, features, demands, "主要工作：" + kind.title() + "的日常工作，上岗前提供培训。",
                openUntil.toString());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
