package org.zhuye.jobs.posting;

/**
 * The staff check before publication, as the federation checks a unit before a fair: the unit is real
 * and may employ (unitChecked), the workplace and its accessibility are as described (workplaceChecked),
 * and a note. Both boxes must be ticked to publish.
 */
public record PostingCheck(Boolean unitChecked, Boolean workplaceChecked, String checkNote) {
}
