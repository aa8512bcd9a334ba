package org.zhuye.monitoring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the demo of targets, bulletins and annual reports runs (property {@code zhuye.demo.monitoring}, and
 * only on the embedded database: a configured server is someone's real data) and its seed. The runners
 * (targets 100, bulletins 105, annual reports 110) come after every other module's demo, since they split,
 * rank and freeze those modules' figures, and ask here rather than each reading the properties.
 */
@Component
public class MonitoringDemo {

    private final boolean enabled;
    private final long seed;

    MonitoringDemo(@Value("${zhuye.demo.monitoring:false}") boolean requested, @Value("${zhuye.demo.seed:15}") long seed,
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
