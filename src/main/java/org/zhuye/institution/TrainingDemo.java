package org.zhuye.institution;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the demo of institutions, training and start-ups runs (property {@code zhuye.demo.training}, and only
 * on the embedded database: a configured server is someone's real data) and its seed. The runners (institutions
 * 80, courses 85, businesses 88, follow-ups and subsidies 90, ratings 95) ask here rather than each reading the
 * properties. In this module's root because the training module depends on it, not the other way round.
 */
@Component
public class TrainingDemo {

    private final boolean enabled;
    private final long seed;

    TrainingDemo(@Value("${zhuye.demo.training:false}") boolean requested, @Value("${zhuye.demo.seed:15}") long seed,
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
