package org.zhuye.institution;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zhuye.platform.database.DemoSwitch;

/**
 * Whether the demo of institutions, training and start-ups runs ({@code zhuye.demo.training}). The runners
 * (institutions 80, courses 85, businesses 88, follow-ups and subsidies 90, ratings 95) ask here. In this module's
 * root because the training module depends on it, not the other way round.
 */
@Component
public class TrainingDemo extends DemoSwitch {

    TrainingDemo(Environment environment) {
        super(environment, "training");
    }
}
