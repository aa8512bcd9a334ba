package org.zhuye.person.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.zhuye.region.Region;
import org.zhuye.region.RegionFile;

/**
 * Registers demo persons (names ending in “（虚拟）”) confined to one area through the demo's own
 * registration path, for tests of other modules that build on them (the demo employers).
 */
public final class DemoPersons {

    private DemoPersons() {
    }

    /** Registers {@code count} synthetic persons living in the villages under {@code prefix}. */
    public static int register(ApplicationContext context, String prefix, int count, long seed) {
        List<Region> area;
        try (InputStream in = DemoPersons.class.getResourceAsStream("/regions/15.csv")) {
            area = RegionFile.read(in).regions().stream().filter(r -> r.code().startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SyntheticPopulation population = new SyntheticPopulation(SyntheticVillages.of(area), seed, LocalDate.now());
        return context.getBean(DemoPopulation.class).populate(population, count);
    }
}
