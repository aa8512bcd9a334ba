package org.zhuye.institution.rating;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a computed rating rests on, kept with it so that a confirmed year reads the same forever: the day
 * it was computed as of, the figures, both expectations with their cells, the parts and their points, the
 * criteria as they were, and the parameter rows used.
 */
public record RatingSnapshot(LocalDate asOf, RatingFigures figures, ExpectedOutcomes.Expectation expectedPlaced,
                             ExpectedOutcomes.Expectation expectedRetained, List<RatingRules.Part> parts,
                             int unmeasuredWeight, List<RatingScheme.Criterion> criteria,
                             List<UsedParameter> parameters, boolean trainingAvailable) {
}
