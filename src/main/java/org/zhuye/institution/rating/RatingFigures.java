package org.zhuye.institution.rating;

/**
 * The computed figures of one institution and year. Placed persons left for open work in the year;
 * retained are those of the placed whose placement is at least 6 months old (retentionBase) and who were in
 * work 6 months after it. Training figures are null when the training module offers none.
 */
public record RatingFigures(int served, int capacity, int placed, int retained, int retentionBase,
                            Integer trainingEnded, Integer trainingCompleted) {
}
