package org.zhuye.jobs.matching;

/**
 * The weights of the score's components, a dated parameter per region ({@code match_weight}). The
 * score is 100 × Σ(weight × fit) / Σ weight, so any non-negative weights with a positive sum keep it in 0..100.
 */
public record MatchWeights(int occupation, int education, int wage, int distance, int category, int ability) {

    /** The seeded weights (V25, evidence U: our own judgement, to be confirmed by the federation). */
    public static final MatchWeights DEFAULT = new MatchWeights(35, 10, 15, 20, 10, 10);

    public MatchWeights {
        if (occupation < 0 || education < 0 || wage < 0 || distance < 0 || category < 0 || ability < 0
                || occupation + education + wage + distance + category + ability <= 0) {
            throw new IllegalArgumentException("weights are non-negative with a positive sum");
        }
    }

    public int total() {
        return occupation + education + wage + distance + category + ability;
    }
}
