package org.zhuye.jobs.posting;

import java.util.Arrays;

import org.zhuye.jobs.PostingStatus;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.region.RegionCode;

/**
 * The job list's filters as the page and the API take them (query parameters, all optional): the
 * workplace's region (any level), an occupation code (a 大类 takes its 中类 too), work mode, a feature
 * the workplace must have, a status, and {@code open=true} for postings open today. A value that is not
 * one of the choices is ignored, as a blank one is.
 */
public record PostingFilter(String regionCode, String occupation, String workMode, String feature, String status,
                            String open) {

    public static PostingFilter none() {
        return new PostingFilter(null, null, null, null, null, null);
    }

    RegionCode region() {
        return RegionCode.parse(regionCode).orElse(null);
    }

    String occupationPrefix() {
        return occupation == null || !occupation.strip().matches("[1-8](-[0-9]{2})?") ? null : occupation.strip();
    }

    WorkMode mode() {
        return WorkMode.parse(workMode).orElse(null);
    }

    WorkplaceFeature workplaceFeature() {
        return WorkplaceFeature.parse(feature).orElse(null);
    }

    PostingStatus postingStatus() {
        return Arrays.stream(PostingStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    boolean openOnly() {
        return "true".equals(open) || "on".equals(open);
    }
}
