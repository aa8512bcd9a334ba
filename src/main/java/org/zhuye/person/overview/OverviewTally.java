package org.zhuye.person.overview;

import java.util.ArrayList;
import java.util.List;

import org.zhuye.person.DisabilityCategory;
import org.zhuye.person.Sex;

/**
 * The counters of one overview row while a scan runs: a flat {@code long[]} so that the scan does
 * no more than index arithmetic per person. {@link #figures()} turns it into named figures.
 */
final class OverviewTally {

    static final int TOTAL = 0;
    static final int CATEGORY = 1;
    static final int GRADE = CATEGORY + 7;
    static final int SEX = GRADE + 4;
    static final int BAND = SEX + 2;
    static final int WORKING_AGE = BAND + OverviewAgeBand.BANDS.size();
    static final int EMPLOYED = WORKING_AGE + 1;
    static final int NOT_EMPLOYED = EMPLOYED + 1;
    static final int NO_STATUS = NOT_EMPLOYED + 1;
    /** Added to EMPLOYED, NOT_EMPLOYED or NO_STATUS for the working-age counts. */
    static final int WORKING_AGE_OFFSET = NO_STATUS + 1 - EMPLOYED;
    static final int NEW_EMPLOYMENT = NO_STATUS + 1 + WORKING_AGE_OFFSET;
    static final int REVOKED = NEW_EMPLOYMENT + 1;
    static final int DECEASED = REVOKED + 1;
    static final int SIZE = DECEASED + 1;

    final long[] counts = new long[SIZE];

    void add(OverviewTally other) {
        for (int i = 0; i < SIZE; i++) {
            counts[i] += other.counts[i];
        }
    }

    OverviewFigures figures() {
        List<OverviewFigures.Count> categories = new ArrayList<>();
        for (DisabilityCategory category : DisabilityCategory.values()) {
            categories.add(new OverviewFigures.Count(String.valueOf(category.code()), category.label(),
                    counts[CATEGORY + category.code() - 1]));
        }
        List<OverviewFigures.Count> grades = new ArrayList<>();
        String[] gradeLabels = {"一级", "二级", "三级", "四级"};
        for (int g = 0; g < 4; g++) {
            grades.add(new OverviewFigures.Count(String.valueOf(g + 1), gradeLabels[g], counts[GRADE + g]));
        }
        List<OverviewFigures.Count> sexes = List.of(
                new OverviewFigures.Count(Sex.MALE.code(), Sex.MALE.label(), counts[SEX]),
                new OverviewFigures.Count(Sex.FEMALE.code(), Sex.FEMALE.label(), counts[SEX + 1]));
        List<OverviewFigures.Count> bands = new ArrayList<>();
        for (int b = 0; b < OverviewAgeBand.BANDS.size(); b++) {
            OverviewAgeBand band = OverviewAgeBand.BANDS.get(b);
            bands.add(new OverviewFigures.Count(band.fromYears() + "-" + (band.toYears() == null ? "" : band.toYears()),
                    band.label(), counts[BAND + b]));
        }
        return new OverviewFigures(counts[TOTAL], categories, grades, sexes, bands, counts[WORKING_AGE],
                counts[EMPLOYED], counts[NOT_EMPLOYED], counts[NO_STATUS],
                counts[EMPLOYED + WORKING_AGE_OFFSET], counts[NOT_EMPLOYED + WORKING_AGE_OFFSET],
                counts[NO_STATUS + WORKING_AGE_OFFSET], counts[NEW_EMPLOYMENT], counts[REVOKED], counts[DECEASED]);
    }
}
