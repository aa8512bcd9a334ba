package org.zhuye.monitoring.bulletin;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.zhuye.monitoring.target.Standing;

/**
 * One region's line in a 通报's ranking of an indicator: its {@link Standing} and its rank. Stored as JSON in the
 * 通报 with the standing's fields unwrapped beside the code, name and rank, the shape 通报 have always been
 * stored in, so issued ones read as they were written.
 *
 * @param rank 1 = highest completion, ties share a rank; null when not ranked (no completion)
 */
public record RegionStanding(String regionCode, String name, @JsonUnwrapped Standing standing, Integer rank) {

    public RegionStanding ranked(Integer rank) {
        return new RegionStanding(regionCode, name, standing, rank);
    }
}
