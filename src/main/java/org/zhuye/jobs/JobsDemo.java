package org.zhuye.jobs;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zhuye.platform.database.DemoSwitch;

/**
 * Whether the jobs demo runs ({@code zhuye.demo.jobs}). The parts' runners (postings 50, profiles 55, fairs 60,
 * referrals 70) ask here.
 */
@Component
public class JobsDemo extends DemoSwitch {

    JobsDemo(Environment environment) {
        super(environment, "jobs");
    }
}
