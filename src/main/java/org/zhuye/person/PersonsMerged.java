package org.zhuye.person;

/**
 * Staff merged a duplicate record into the one kept: {@code mergedId} now points at {@code keptId}
 * ({@code merged_into}) and the registry's own history (employment events, household memberships)
 * has moved. Published inside the merge transaction, after that pointer is set, so that other
 * modules move their records of the merged person with plain synchronous listeners: a listener
 * that fails rolls the whole merge back, and nothing is left on a record users no longer see.
 *
 * @param regionCode the kept person's region
 */
public record PersonsMerged(long mergedId, long keptId, String regionCode) {
}
