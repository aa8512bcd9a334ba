package org.zhuye.person.overview;

import java.util.List;

import org.zhuye.person.WorkingAgeRules;

/**
 * The overview's figures for one region on one date. Persons are counted if registered on or
 * before the date, not merged into another record, and their certificate is neither revoked nor
 * the holder deceased; those two are counted apart ({@code revoked}, {@code deceased}) and in no
 * other figure.
 *
 * @param total                  persons counted
 * @param workingAge             of them, of working age on the date (by {@link WorkingAgeRules})
 * @param employed               employed on the date (latest non-voided event on or before it)
 * @param notEmployed            recorded as not employed on the date
 * @param noStatus               no employment status recorded on or before the date
 * @param newEmployment          moves into work from 1 January of the date's year to the date
 */
public record OverviewFigures(long total, List<Count> categories, List<Count> grades, List<Count> sexes,
                              List<Count> ageBands, long workingAge, long employed, long notEmployed, long noStatus,
                              long workingAgeEmployed, long workingAgeNotEmployed, long workingAgeNoStatus,
                              long newEmployment, long revoked, long deceased) {

    /**
     * 就业率: employed of working age ÷ of working age, null when nobody is of working age. Persons
     * without a recorded status count as not employed, which {@code workingAgeNoStatus} shows.
     */
    public Double employmentRate() {
        return workingAge == 0 ? null : (double) workingAgeEmployed / workingAge;
    }

    /** 就业率 as a percentage with one decimal, or "—" when there is nobody of working age. */
    public String employmentRateText() {
        Double rate = employmentRate();
        return rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
    }

    /** One line of a breakdown. */
    public record Count(String code, String label, long count) {
    }
}
