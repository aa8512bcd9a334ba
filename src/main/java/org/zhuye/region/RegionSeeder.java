package org.zhuye.region;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Fills an empty tree from {@code zhuye.regions.seed} (Inner Mongolia by default) and, when
 * started with {@code --zhuye.regions.import=FILE}, loads that file too: the operator's command
 * for adding another province or a new edition of the codes. Both run before anything that
 * needs regions, such as the first administrator.
 */
@Component
@Order(RegionSeeder.ORDER)
class RegionSeeder implements ApplicationRunner {

    static final int ORDER = 0;
    private static final Logger log = LoggerFactory.getLogger(RegionSeeder.class);

    private final RegionRepository regions;
    private final RegionImport regionImport;
    private final ResourceLoader resources;
    private final String seed;
    private final String extraImport;

    RegionSeeder(RegionRepository regions, RegionImport regionImport, ResourceLoader resources,
                 @Value("${zhuye.regions.seed:classpath:regions/15.csv}") String seed,
                 @Value("${zhuye.regions.import:}") String extraImport) {
        this.regions = regions;
        this.regionImport = regionImport;
        this.resources = resources;
        this.seed = seed;
        this.extraImport = extraImport;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (regions.isEmpty()) {
            load(seed);
        }
        if (StringUtils.hasText(extraImport)) {
            load(extraImport.contains(":") ? extraImport : "file:" + extraImport);
        }
    }

    private void load(String location) throws IOException {
        Resource resource = resources.getResource(location);
        try (InputStream input = resource.getInputStream()) {
            RegionImport.Result result = regionImport.run(input, location, Optional.empty(), false);
            if (!result.ok()) {
                result.errors().stream().limit(20).forEach(e -> log.error(e.message()));
                throw new IllegalStateException("区划文件 " + location + " 有 " + result.errors().size() + " 处错误，未导入");
            }
            log.info("区划文件 {}：{} 行，新增 {}，更新 {}", location, result.rows(), result.inserted(), result.updated());
        }
    }
}
