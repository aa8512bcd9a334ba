package org.zhuye.jobs.fair;

import java.time.LocalDate;
import java.util.List;

/** One 专场招聘会 as stored in {@code job_fair}. */
public record JobFair(long id, String title, String regionCode, FairKind kind, boolean online, LocalDate startsOn,
                      LocalDate endsOn, String venue, List<String> zones, int callbackDays, String note,
                      String createdBy, int version) {

    public JobFair {
        zones = List.copyOf(zones);
    }

    /** Whether the fair is on (check-ins and walk-ins are taken) on {@code day}. */
    public boolean onDay(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Whether the fair has not ended by {@code day}: registration in advance is still open. */
    public boolean upcomingOrOn(LocalDate day) {
        return !day.isAfter(endsOn);
    }

    /** When an intent recorded at this fair is called back (回访). */
    public LocalDate callbackDue() {
        return endsOn.plusDays(callbackDays);
    }

    /** The last day a referral from this fair may turn into a hire that the fair's results count. */
    public LocalDate hireWindowEnd() {
        return endsOn.plusDays(FairResults.HIRE_WINDOW_DAYS);
    }

    /** 即将举办, 正在举办 or 已结束 on {@code day}. */
    public String stateOn(LocalDate day) {
        return day.isAfter(endsOn) ? "已结束" : day.isBefore(startsOn) ? "即将举办" : "正在举办";
    }

    public String modeLabel() {
        return online ? "线上" : "现场";
    }
}
