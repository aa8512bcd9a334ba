package org.zhuye.employer.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.employer.declaration.Report;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/** The 公示 for a year and a region, as rows for the page, the file and the API. */
@Service
public class Disclosure {

    static final List<String> HEADER = List.of("单位名称", "单位类型", "所在地区", "编制数", "在职职工人数", "应安排人数",
            "实际安排人数（计入）", "是否达到规定比例");

    private final DisclosureRepository repository;
    private final RegionRepository regions;

    Disclosure(DisclosureRepository repository, RegionRepository regions) {
        this.repository = repository;
        this.regions = regions;
    }

    /** The year asked for, or the latest with confirmed declarations. */
    public int year(String text) {
        if (text == null || text.isBlank()) {
            return defaultYear();
        }
        if (!text.strip().matches("\\d{4}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "年度应为4位数字，如 2024");
        }
        return Integer.parseInt(text.strip());
    }

    /** Any region of the tree (the figures are public); by default the first province. */
    public RegionCode region(String text) {
        if (text == null || text.isBlank()) {
            return regions.provinces().stream().findFirst().map(r -> RegionCode.of(r.code()))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "区划库为空"));
        }
        RegionCode code = RegionCode.parse(text.strip())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "区划代码应为2至12位数字，如 1508"));
        if (!regions.exists(code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "区划库中没有 " + code.value());
        }
        return code;
    }

    public int defaultYear() {
        return repository.findLatestYear().orElse(java.time.LocalDate.now().getYear() - 1);
    }

    public List<Row> rows(int year, RegionCode region) {
        Map<String, String> places = new ConcurrentHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (DisclosureRepository.DisclosedUnit u : repository.findConfirmed(year, region)) {
            // Region names are public; the county (旗县) gives the reader their bearings.
            String place = places.computeIfAbsent(u.regionCode(), code -> regions.pathTo(RegionCode.of(code)).stream()
                    .filter(r -> r.level() >= 2 && r.level() <= 3).map(Region::name).reduce((a, b) -> a + b).orElse(code));
            rows.add(new Row(u.name(), u.typeLabel(), place, u.authorisedPosts(), Report.number(u.staff()),
                    Report.number(u.required()), Report.number(u.actual()), u.complies()));
        }
        return rows;
    }

    public Report report(int year, RegionCode region) {
        List<List<String>> cells = rows(year, region).stream().map(r -> List.of(r.name(), r.type(), r.place(),
                r.authorisedPosts() == null ? "" : String.valueOf(r.authorisedPosts()), r.staff(), r.required(),
                r.actual(), r.complies() ? "是" : "否")).toList();
        return new Report(year + "年度按比例安排残疾人就业情况公示", List.of(), HEADER, cells, null);
    }

    /** A published row: a unit's figures and nothing about any person. */
    public record Row(String name, String type, String place, Integer authorisedPosts, String staff, String required,
                      String actual, boolean complies) {
    }
}
