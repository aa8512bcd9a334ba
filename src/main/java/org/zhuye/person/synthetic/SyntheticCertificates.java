package org.zhuye.person.synthetic;

import java.time.LocalDate;

import org.zhuye.person.CertificateNumber;
import org.zhuye.person.Sex;

/**
 * Issues citizen-ID bodies (the first 17 characters of a 残疾人证号) for the synthetic population,
 * never the same one twice, in memory that does not grow with the number of persons.
 *
 * <p>Why they cannot repeat: the body is county (6) + birth date (8) + sequence (3), and the
 * sequence's parity is the sex (odd male, even female). Two bodies are equal only if county,
 * birth date and sequence are, hence also sex, so only within one (county, birth date, sex) cell.
 * Each cell counts the persons it has issued to; the k-th gets lane k, and lanes map to sequences
 * by {@code (k × 211 + offset) mod 499}, a bijection on 0…498 because 499 is prime, so no two
 * persons of a cell share a sequence. A full cell (499 persons, far beyond the dozen or so that
 * 1.6 million persons over a century of birth dates put in the fullest one) answers null and the
 * caller picks another birth date. The memory is one counter per cell: counties × days × 2,
 * about 16 MB for Inner Mongolia's 108 county-level units over 100 years, whatever the count.
 */
final class SyntheticCertificates {

    static final int SEQUENCES_PER_SEX = 499;
    private static final int LANE_MULTIPLIER = 211;

    private final String[] countyCodes;
    private final long firstDay;
    private final int days;
    private final short[][] issued;

    SyntheticCertificates(java.util.List<String> countyCodes, LocalDate earliestBirth, LocalDate latestBirth) {
        this.countyCodes = countyCodes.toArray(String[]::new);
        this.firstDay = earliestBirth.toEpochDay();
        this.days = (int) (latestBirth.toEpochDay() - firstDay + 1);
        this.issued = new short[countyCodes.size()][];
    }

    /**
     * The 17-digit ID body for the next person of {@code sex} born on {@code birth} in
     * {@code county}, or null if that cell is full.
     */
    String nextBody(int county, LocalDate birth, Sex sex) {
        int day = (int) (birth.toEpochDay() - firstDay);
        if (day < 0 || day >= days) {
            throw new IllegalArgumentException("出生日期超出范围：" + birth);
        }
        short[] counters = issued[county];
        if (counters == null) {
            counters = issued[county] = new short[days * 2];
        }
        int male = sex == Sex.MALE ? 1 : 0;
        int cell = day * 2 + male;
        int lane = counters[cell];
        if (lane >= SEQUENCES_PER_SEX) {
            return null;
        }
        counters[cell] = (short) (lane + 1);
        int offset = Math.floorMod(mix(county, cell), SEQUENCES_PER_SEX);
        int position = (lane * LANE_MULTIPLIER + offset) % SEQUENCES_PER_SEX;
        int sequence = 2 * position + (male == 1 ? 1 : 2);
        StringBuilder body = new StringBuilder(17).append(countyCodes[county]);
        appendDigits(body, birth.getYear(), 4);
        appendDigits(body, birth.getMonthValue(), 2);
        appendDigits(body, birth.getDayOfMonth(), 2);
        appendDigits(body, sequence, 3);
        return body.toString();
    }

    /** The most persons issued to any one (county, birth date, sex) cell: how close the fullest came to 499. */
    int fullestCell() {
        int fullest = 0;
        for (short[] counters : issued) {
            if (counters != null) {
                for (short count : counters) {
                    fullest = Math.max(fullest, count);
                }
            }
        }
        return fullest;
    }

    /** The certificate number: body, GB 11643 check character, category and grade. */
    static String certificate(String body, int category, int grade) {
        return body + CertificateNumber.checkCharacter(body) + category + grade;
    }

    /** Spreads sequences over their range, so that the first person of a day is not always 001. */
    private static int mix(int county, int cell) {
        int h = county * 0x45D9F3B ^ cell * 0x9E3779B9;
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        return h ^ (h >>> 15);
    }

    private static void appendDigits(StringBuilder target, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            target.append('0');
        }
        target.append(digits);
    }
}
