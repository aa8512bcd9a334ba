package org.zhuye.jobs.fair;

import java.util.List;

import org.zhuye.jobs.JobPosting;

/** A participating unit with its zone, booth and the postings it put on the fair. */
public record FairEmployer(long employerId, String name, String regionCode, String zone, String booth,
                           List<JobPosting> postings) {

    public FairEmployer {
        postings = List.copyOf(postings);
    }
}
