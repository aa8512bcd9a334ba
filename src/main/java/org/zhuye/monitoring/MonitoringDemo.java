package org.zhuye.monitoring;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zhuye.platform.database.DemoSwitch;

/**
 * Whether the demo of targets, bulletins and annual reports runs ({@code zhuye.demo.monitoring}). The runners
 * (targets 100, bulletins 105, annual reports 110) come after every other module's demo, since they split, rank
 * and freeze those modules' figures.
 */
@Component
public class MonitoringDemo extends DemoSwitch {

    MonitoringDemo(Environment environment) {
        super(environment, "monitoring");
    }
}
