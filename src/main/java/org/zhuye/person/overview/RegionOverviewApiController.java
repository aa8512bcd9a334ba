package org.zhuye.person.overview;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;

/**
 * {@code GET /api/v1/persons/overview?region=&asOf=}: the figures of the 人员概况 page as JSON.
 * The region defaults to the caller's jurisdiction and the date to today; a region outside the
 * jurisdiction answers 404 like one that does not exist.
 */
@RestController
class RegionOverviewApiController {

    private final RegionOverview overview;

    RegionOverviewApiController(RegionOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/v1/persons/overview")
    OverviewJson overview(@RequestParam(required = false) String region, @RequestParam(required = false) String asOf,
                          Jurisdiction jurisdiction) {
        RegionCode code = region == null || region.isBlank() ? jurisdiction.root()
                : RegionCode.parse(region).orElseThrow(() -> notFound(region));
        LocalDate date;
        try {
            date = asOf == null || asOf.isBlank() ? LocalDate.now() : LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "统计日期须为 YYYY-MM-DD 格式：" + asOf);
        }
        RegionOverviewReport report = overview.find(code, date, jurisdiction).orElseThrow(() -> notFound(region));
        return new OverviewJson(RegionJson.of(report.region()), report.asOf(),
                report.path().stream().map(RegionJson::of).toList(), FiguresJson.of(report.figures()),
                report.children().stream().map(c -> new ChildJson(RegionJson.of(c.region()), FiguresJson.of(c.figures()))).toList(),
                report.unassigned() == null ? null : FiguresJson.of(report.unassigned()), RegionOverview.NOTES);
    }

    private static ResponseStatusException notFound(String code) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个区划，或不在您的管辖范围内：" + code);
    }

    record OverviewJson(RegionJson region, LocalDate asOf, List<RegionJson> path, FiguresJson figures,
                        List<ChildJson> children, FiguresJson unassigned, List<String> notes) {
    }

    record RegionJson(String code, String prefix, String name, int level, String levelName) {
        static RegionJson of(Region region) {
            return new RegionJson(region.code(), region.significantPrefix(), region.name(), region.level(),
                    region.levelName().label());
        }
    }

    record ChildJson(RegionJson region, FiguresJson figures) {
    }

    /**
     * @param employmentRate     employed of working age ÷ working age (null when nobody is of working age)
     * @param employmentRateText the same as a percentage with one decimal, as the page shows it
     */
    record FiguresJson(long total, List<OverviewFigures.Count> categories, List<OverviewFigures.Count> grades,
                       List<OverviewFigures.Count> sexes, List<OverviewFigures.Count> ageBands, long workingAge,
                       long workingAgeEmployed, long workingAgeNotEmployed, long workingAgeNoStatus,
                       Double employmentRate, String employmentRateText, long employed, long notEmployed,
                       long noStatus, long newEmployment, long revoked, long deceased) {
        static FiguresJson of(OverviewFigures f) {
            return new FiguresJson(f.total(), f.categories(), f.grades(), f.sexes(), f.ageBands(), f.workingAge(),
                    f.workingAgeEmployed(), f.workingAgeNotEmployed(), f.workingAgeNoStatus(), f.employmentRate(),
                    f.employmentRateText(), f.employed(), f.notEmployed(), f.noStatus(), f.newEmployment(), f.revoked(),
                    f.deceased());
        }
    }
}
