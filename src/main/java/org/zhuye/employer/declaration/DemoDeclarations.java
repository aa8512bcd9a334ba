package org.zhuye.employer.declaration;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;

/**
 * Files the demo's declarations of a past collection year through the real workflow: created,
 * submitted, returned with a reason or confirmed by {@link Declarations}, each step checked and
 * audited as in production. The one difference is the day the filing deadline is judged on: a
 * submission is replayed as made a month before the deadline when that has passed (as the demo's
 * units would have filed in their season), since the workflow refuses a first submission after it.
 */
@Component
public class DemoDeclarations {

    private final Declarations declarations;
    private final DeclarationRepository repository;
    private final DeclarationParameters parameters;

    DemoDeclarations(Declarations declarations, DeclarationRepository repository, DeclarationParameters parameters) {
        this.declarations = declarations;
        this.repository = repository;
        this.parameters = parameters;
    }

    /** The collection year the declaration pages take as this year's. */
    public static int currentYear() {
        return Declarations.today().getYear();
    }

    /**
     * Takes a declaration to {@code status}; {@code reviewer} (an administrator whose area holds the unit)
     * enters it on the unit's behalf and reviews it.
     *
     * @param returnReason what the reviewer writes when {@code status} is RETURNED
     * @return the declaration's id
     */
    public long file(long employerId, String regionCode, int year, DeclarationInput input, DeclarationStatus status,
                     String returnReason, UserAccount reviewer) {
        Jurisdiction area = reviewer.jurisdiction();
        long id = declarations.create(employerId, String.valueOf(year), input, reviewer, area);
        if (status == DeclarationStatus.DRAFT) {
            return id;
        }
        LocalDate deadline = parameters.rulesFor(regionCode, year).filingDeadline();
        LocalDate today = Declarations.today();
        LocalDate filedOn = today.isAfter(deadline) ? deadline.minusMonths(1) : today;
        declarations.submit(id, version(id, area), filedOn, reviewer, area);
        if (status == DeclarationStatus.RETURNED) {
            declarations.returnForCorrection(id, version(id, area), returnReason, reviewer, area);
        } else if (status == DeclarationStatus.CONFIRMED) {
            declarations.confirm(id, version(id, area), reviewer, area);
        }
        return id;
    }

    private int version(long id, Jurisdiction area) {
        return repository.find(id, area).orElseThrow(() -> new DeclarationNotFoundException(id)).version();
    }
}
