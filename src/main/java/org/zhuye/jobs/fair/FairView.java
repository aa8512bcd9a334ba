package org.zhuye.jobs.fair;

import java.util.List;

import org.zhuye.region.VisiblePeople;

/** A fair with its units and postings, the people the viewer may see (and a count of the others) and its results. */
public record FairView(JobFair fair, List<FairEmployer> employers, VisiblePeople<Attendee> attendees,
                       VisiblePeople<FairIntent> intents, FairResults results) {

    public FairView {
        employers = List.copyOf(employers);
    }
}
