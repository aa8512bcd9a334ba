package org.zhuye.jobs.fair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's fairs over the past two years, as a pure plan (seeded): for each league and year one 国有企业专场 —
 * except about one league in six, so the SOE count shows gaps — and now and then a fair of another kind. Only
 * days before {@code today}: the showcase fairs (one past with everything, one upcoming) are planned apart.
 */
record DemoFairCalendar(List<Planned> fairs) {

    record Planned(String leagueCode, String leagueName, FairKind kind, LocalDate day, boolean online) {

        String title() {
            String name = leagueName.replace("（虚拟）", "");
            return name + day.getYear() + "年" + switch (kind) {
                case STATE_OWNED -> "国有企业残疾人专场招聘会";
                case PUBLIC_SECTOR -> "机关事业单位残疾人专场招聘会";
                case PRIVATE_PLATFORM -> "民营及平台企业残疾人专场招聘会";
                case GRADUATES -> "残疾人高校毕业生专场招聘会";
                case GENERAL -> "残疾人就业援助月综合招聘会";
            };
        }
    }

    /** @param leagues code and name of each league, in order */
    static DemoFairCalendar plan(List<String[]> leagues, LocalDate today, long seed) {
        Random random = new Random(seed * 31 + 60);
        List<Planned> fairs = new ArrayList<>();
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            for (String[] league : leagues) {
                LocalDate latest = year == today.getYear() ? today.minusDays(1) : LocalDate.of(year, 12, 31);
                int span = latest.getDayOfYear();
                if (random.nextInt(6) != 0) {
                    fairs.add(new Planned(league[0], league[1], FairKind.STATE_OWNED,
                            LocalDate.ofYearDay(year, 1 + random.nextInt(span)), false));
                }
                if (random.nextInt(3) == 0) {
                    FairKind other = FairKind.values()[1 + random.nextInt(FairKind.values().length - 1)];
                    fairs.add(new Planned(league[0], league[1], other, LocalDate.ofYearDay(year, 1 + random.nextInt(span)),
                            random.nextInt(4) == 0));
                }
            }
        }
        return new DemoFairCalendar(List.copyOf(fairs));
    }
}
