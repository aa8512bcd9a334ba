package org.zhuye.person.household;

/** A household, its members, their employment or its 低保 changed in a transaction (published inside it). */
record HouseholdsChanged(long householdId) {
}
