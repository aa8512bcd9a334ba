package org.zhuye.casework.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.zhuye.casework.ServiceInput;
import org.zhuye.casework.ServiceKind;

/**
 * One demo person's 四个一 services of one cycle year: verified most often, then (each only after the
 * one before) assessed, demand registered and served, so every later kind reaches fewer persons.
 * Dated in order within the part of the year from the 建档日期 to today; none ends in a job.
 */
final class DemoServiceYear {

    /** Chance of each kind, given the kind before it was delivered. */
    private static final double[] CHANCE = {0.85, 0.6, 0.8, 0.6};
    private static final String[] CONTENT = {
            "入户核对残疾人证、联系方式、户籍和就业状况等基础信息。",
            "与本人面谈，了解身体状况、文化程度和既往工作经历，评估其职业能力。",
            "登记本人就业意愿、期望岗位、工作地点和收入要求。",
            "根据登记的需求提供就业服务，并约定下次跟进时间。"};
    private static final String[][] OUTCOMES = {
            {"CONFIRMED", "CONFIRMED", "CONFIRMED", ServiceInput.CORRECTION},
            {"ABLE", "SUPPORTED", "NOT_YET", "FURTHER"},
            {"WANTS_JOB", "WANTS_TRAINING", "WANTS_BUSINESS", "NO_DEMAND"},
            // Never EMPLOYED: a move into work is the registry's, recorded with its job.
            {"IN_TRAINING", "REFERRED", "ONGOING", "DECLINED"}};
    private static final String[] SERVICE_TYPES = {"GUIDANCE", "REFERRAL", "POLICY"};

    private DemoServiceYear() {
    }

    /** The services of {@code year}; none if the person was registered after it or it has not begun. */
    static List<ServiceInput> plan(SplittableRandom random, LocalDate registeredOn, int year, LocalDate today, String staff) {
        LocalDate from = max(LocalDate.of(year, 1, 1), registeredOn);
        LocalDate to = min(LocalDate.of(year, 12, 31), today);
        List<ServiceInput> planned = new ArrayList<>();
        if (from.isAfter(to)) {
            return planned;
        }
        ServiceKind[] kinds = ServiceKind.values();
        LocalDate day = from;
        for (int k = 0; k < kinds.length && random.nextDouble() < CHANCE[k]; k++) {
            // Each later service on or after the one before, in what is left of the window.
            day = day.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(day, to) / 2 + 1));
            String outcome = OUTCOMES[k][random.nextInt(OUTCOMES[k].length)];
            String type = kinds[k] == ServiceKind.SERVICE ? SERVICE_TYPES[random.nextInt(SERVICE_TYPES.length)] : null;
            planned.add(new ServiceInput(kinds[k].name(), day.toString(), staff, CONTENT[k], outcome, type,
                    null, null, null, null));
        }
        return planned;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
