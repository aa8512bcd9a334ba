package org.zhuye.jobs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the jobs demo runs (property {@code zhuye.demo.jobs}, and only on the embedded database: a configured
 * server is someone's real data) and its seed. The parts' runners (postings 50, profiles 55, fairs 60,
 * referrals 70) ask here rather than each reading the properties.
 */
@Component
public class JobsDemo {

    private final boolean enabled;
    private final long seed;

    JobsDemo(@Value("${zhuye.demo.jobs:false}") boolean requested, @Value("${zhuye.demo.seed:15}") long seed,
             @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.enabled = requested && (datasourceUrl == null || datasourceUrl.isBlank());
        this.seed = seed;
    }

    public boolean enabled() {
        return enabled;
    }

    public long seed() {
        return seed;
    }
}
