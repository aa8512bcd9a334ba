package org.zhuye.casework;

import java.util.Map;

import org.zhuye.person.PersonsMerged;

/**
 * Records of a sub-package (plans, 公益性岗位 placements, 低保 tapers) that follow a person merged
 * into another, so that {@link MergedCasework} moves them in the merge's transaction without this
 * package depending on the sub-packages.
 */
public interface MergedPersonRecords {

    /**
     * Moves this part's records of {@code merge.mergedId()} to {@code merge.keptId()}. Where the kept
     * person already has one that may exist only once, the kept person's stands and the merged
     * person's is marked (voided or closed) with a reason, never deleted. Adds what it did to
     * {@code counts}, named for the audit trail.
     */
    void move(PersonsMerged merge, Map<String, Integer> counts);
}
