package org.zhuye.person.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zhuye.region.Region;
import org.zhuye.region.RegionFile;

/**
 * The real villages (嘎查村 and 社区, level 5) a synthetic population lives in, read from a region
 * file, with how many people each plausibly holds and how urban it is.
 *
 * <p>The file has no 城乡分类代码, so the 12-digit code's segments stand in for it: a township
 * segment of 001–099 is a 街道 (urban), and a village segment of 001–199 is a 居委会 (community)
 * while 200–399 is a 村委会 or 嘎查. Urban communities are larger than villages, and placeholder
 * units (虚拟社区, 农场生活区 and the like, segments 400 and up) hold few people. Each 盟市 as a
 * whole then gets its share of the region's residents (2020 census), since village counts alone
 * would give the many small villages of 通辽 and 赤峰 far more people than the cities.
 */
final class SyntheticVillages {

    /** One village; {@code county} indexes {@link #counties()}. */
    record Village(String code, int county, String league, double urbanShare) {
    }

    /** Resident population by 盟市, in 万 (第七次全国人口普查, 2020). */
    private static final Map<String, Double> LEAGUE_POPULATION = Map.ofEntries(
            Map.entry("1501", 344.6), Map.entry("1502", 270.9), Map.entry("1503", 55.7), Map.entry("1504", 403.6),
            Map.entry("1505", 287.3), Map.entry("1506", 215.4), Map.entry("1507", 224.3), Map.entry("1508", 153.9),
            Map.entry("1509", 170.6), Map.entry("1522", 141.6), Map.entry("1525", 111.1), Map.entry("1529", 26.2));

    private final List<Village> villages = new ArrayList<>();
    private final List<String> counties = new ArrayList<>();
    private final List<String> countyNames = new ArrayList<>();
    private final SyntheticShares<Village> weighted = new SyntheticShares<>();

    private SyntheticVillages(List<Region> regions) {
        Map<String, String> names = new HashMap<>();
        for (Region region : regions) {
            if (region.level() == 3) {
                names.put(region.code().substring(0, 6), region.name());
            }
        }
        Map<String, Double> leagueWeight = new HashMap<>();
        for (Region region : regions) {
            if (region.level() == 5) {
                leagueWeight.merge(region.code().substring(0, 4), weight(region), Double::sum);
            }
        }
        Map<String, Integer> countyIndex = new HashMap<>();
        for (Region region : regions) {
            if (region.level() != 5) {
                continue;
            }
            String code = region.code();
            String countyCode = code.substring(0, 6);
            int county = countyIndex.computeIfAbsent(countyCode, c -> {
                counties.add(c);
                countyNames.add(names.getOrDefault(c, c));
                return counties.size() - 1;
            });
            Village village = new Village(code, county, code.substring(0, 4), urbanShare(code));
            villages.add(village);
            Double population = LEAGUE_POPULATION.get(village.league());
            double scale = population == null ? 1 : 1000 * population / leagueWeight.get(village.league());
            weighted.with(village, weight(region) * scale);
        }
        if (villages.isEmpty()) {
            throw new IllegalArgumentException("区划文件中没有村级（嘎查村、社区）区划");
        }
    }

    static SyntheticVillages of(List<Region> regions) {
        return new SyntheticVillages(regions);
    }

    /** The villages of Inner Mongolia from the bundled {@code regions/15.csv}. */
    static SyntheticVillages innerMongolia() {
        try (InputStream in = SyntheticVillages.class.getResourceAsStream("/regions/15.csv")) {
            if (in == null) {
                throw new IllegalStateException("类路径中没有 regions/15.csv");
            }
            RegionFile file = RegionFile.read(in);
            if (!file.errors().isEmpty()) {
                throw new IllegalStateException("regions/15.csv 有错误：" + file.errors().get(0).message());
            }
            return of(file.regions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double weight(Region region) {
        int township = Integer.parseInt(region.code().substring(6, 9));
        int village = Integer.parseInt(region.code().substring(9, 12));
        if (region.name().contains("虚拟")) {
            return 0.3;
        }
        if (village >= 400) {
            return 0.5;
        }
        if (village < 200) {
            return township < 100 ? 2.0 : 1.5;
        }
        return 1.0;
    }

    /** The share of residents with urban 户籍: high in 街道, low in 村委会 and 嘎查. */
    private static double urbanShare(String code) {
        int township = Integer.parseInt(code.substring(6, 9));
        int village = Integer.parseInt(code.substring(9, 12));
        if (township < 100) {
            return 0.85;
        }
        if (village < 200) {
            return 0.55;
        }
        if (village < 400) {
            return 0.06;
        }
        return 0.4;
    }

    Village pick(java.util.SplittableRandom random) {
        return weighted.pick(random);
    }

    List<Village> villages() {
        return villages;
    }

    /** County-level codes (6 digits), in order of first appearance. */
    List<String> counties() {
        return counties;
    }

    String countyName(int county) {
        return countyNames.get(county);
    }
}
