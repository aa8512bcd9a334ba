package org.zhuye.jobs.matching;

import java.util.List;

/**
 * A person and a posting, explained: eligible exactly when no hard filter failed
 * ({@code excludedBy} empty); the score 0..100 and its components either way.
 */
public record Match(long personId, long postingId, boolean eligible, int score, List<ScoreComponent> components,
                    List<Exclusion> excludedBy) {
}
