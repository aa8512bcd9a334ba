package org.zhuye.person.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When a synthetic person was registered (建档日期) and what their employment status was before the
 * current one, so that a demo registry answers for past dates as one loaded from years of files would:
 * fewer persons two years ago than today, moves into and out of work in every year.
 *
 * <p>Registrations run from {@link #OPENED} to the as-of date, three times as many a day now as then
 * (the federations have been filing more each year); never before the person could hold a certificate.
 * The first status is the one found at registration (the baseline), dated that day; every later one is
 * dated after it. Of working age at registration, about two in five currently in work were not then and
 * about one in three now out of work had a job; some who were registered long ago had a spell between.
 * The shares are plausible guesses, kept here to be easy to change.
 */
final class SyntheticHistory {

    /** The first 建档日期 the demo uses. */
    static final LocalDate OPENED = LocalDate.of(2019, 1, 1);
    /** A certificate is issued first, at the earliest a month after birth (see {@link SyntheticPopulation}). */
    private static final int FIRST_CERTIFICATE_DAYS = 30;
    private static final double FOUND_WORK_SINCE = 0.45;
    private static final double LOST_WORK_SINCE = 0.35;
    /** Chance of a spell between registration and the current status, when over two years lie between. */
    private static final double SPELL_BETWEEN = 0.3;
    /** Reasons someone out of work at registration gave, when they later worked (never 丧失劳动能力). */
    private static final SyntheticShares<String> EARLIER_REASONS = new SyntheticShares<String>()
            .with("无就业技能", 45).with("其他", 30).with("无意愿就业", 15).with("农用土地被征用", 10);

    private SyntheticHistory() {
    }

    /** A registration day between {@link #OPENED} and {@code asOf}, more of them lately, never before a first certificate. */
    static LocalDate registeredOn(LocalDate birth, LocalDate asOf, SplittableRandom random) {
        LocalDate opened = OPENED.isAfter(asOf) ? asOf : OPENED;
        // Density 1 + 2t on t in [0, 1]: the inverse of its distribution function (t + t²) / 2.
        double t = (Math.sqrt(1 + 8 * random.nextDouble()) - 1) / 2;
        LocalDate day = opened.plusDays(Math.round(t * ChronoUnit.DAYS.between(opened, asOf)));
        LocalDate earliest = birth.plusDays(FIRST_CERTIFICATE_DAYS);
        if (earliest.isAfter(asOf)) {
            return asOf;
        }
        return day.isBefore(earliest) ? earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, asOf) + 1)) : day;
    }

    /**
     * The statuses before {@code current} (the template's nine employment cells), oldest first, the first
     * dated {@code registered}; {@code current}'s date is moved to {@code registered} when nothing changed
     * since. Empty when the current status is the one found at registration.
     */
    static List<String[]> before(String[] current, SyntheticEmployment.Situation who, boolean workingAgeWhenRegistered,
                                 LocalDate registered, LocalDate asOf, SplittableRandom random) {
        boolean employedNow = "是".equals(current[0]);
        LocalDate since = LocalDate.parse(current[1]);
        List<String[]> earlier = new ArrayList<>();
        if (employedNow && registered.isBefore(who.birth().plusYears(16))) {
            // Registered as a child, in work now (from the 16th birthday at the earliest): at school then.
            earlier.add(status(false, "在校学习", who, registered, asOf, random));
            return earlier;
        }
        if (!workingAgeWhenRegistered || "在校学习".equals(current[7]) || !since.isAfter(registered)) {
            current[1] = registered.toString();
            return earlier;
        }
        boolean changed = random.nextDouble() < (employedNow ? FOUND_WORK_SINCE : LOST_WORK_SINCE);
        boolean employedThen = changed != employedNow;
        long days = ChronoUnit.DAYS.between(registered, since);
        LocalDate spell = days > 730 && random.nextDouble() < SPELL_BETWEEN
                ? registered.plusDays(60 + random.nextLong(days - 120)) : null;
        if (!changed && spell == null) {
            current[1] = registered.toString();
            return earlier;
        }
        earlier.add(status(employedThen, null, who, registered, asOf, random));
        if (spell != null) {
            earlier.add(status(!employedThen, null, who, spell, asOf, random));
        }
        return earlier;
    }

    private static String[] status(boolean employed, String reason, SyntheticEmployment.Situation who, LocalDate on,
                                   LocalDate asOf, SplittableRandom random) {
        String[] cells = new String[9];
        java.util.Arrays.fill(cells, "");
        if (employed) {
            SyntheticEmployment.employed(cells, who, asOf, random);
        } else {
            String why = reason != null ? reason : EARLIER_REASONS.pick(random);
            String livelihood = reason != null ? "家庭成员供养" : SyntheticEmployment.LIVELIHOOD_WORKING_AGE.pick(random);
            SyntheticEmployment.notEmployed(cells, who, asOf, who.urban() && "农用土地被征用".equals(why) ? "其他" : why,
                    livelihood, random);
        }
        cells[1] = on.toString();
        return cells;
    }
}
