package org.zhuye.casework;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;

/**
 * {@code GET /api/v1/casework/coverage?region=&year=}: 四个一 coverage of a region in a cycle year,
 * with the same figures per child region. The region defaults to the caller's jurisdiction and the
 * year to the current one; a region outside answers 404 like an unknown one, a year without a
 * cycle 422.
 */
@RestController
class CoverageApiController {

    private final CaseworkCoverage coverage;

    CoverageApiController(CaseworkCoverage coverage) {
        this.coverage = coverage;
    }

    @Operation(summary = "“四个一”服务覆盖", description = "服务对象人数、各项服务人数、四项全覆盖人数及覆盖率，含各下级区划")
    @GetMapping("/api/v1/casework/coverage")
    CoverageJson coverage(@RequestParam(required = false) String region, @RequestParam(required = false) String year,
                          Jurisdiction jurisdiction) {
        CoverageReport report = coverage.find(CaseworkForms.region(region, jurisdiction), CaseworkForms.year(year), jurisdiction)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个区划，或不在您的管辖范围内：" + region));
        CoverageFigures f = report.figures();
        return new CoverageJson(RegionJson.of(report.region()), report.cycle().year(), report.cycle().to(),
                f.eligible(), f.verified(), f.assessed(), f.demandRegistered(), f.served(), f.complete(), f.open(),
                RatesJson.of(f),
                report.children().stream().map(c -> ChildJson.of(c.region(), c.figures())).toList(),
                report.unassigned() == null ? null : ChildJson.of(null, report.unassigned()), CaseworkCoverage.NOTES);
    }

    /**
     * @param asOf  the day the cycle is counted to: 31 December, or today while the year is under way
     * @param open  still of working age and not in work on {@code asOf} and lacking a service
     */
    record CoverageJson(RegionJson region, int year, LocalDate asOf, long eligible, long verified, long assessed,
                        long demandRegistered, long served, long complete, long open, RatesJson rates,
                        List<ChildJson> children, ChildJson unassigned, List<String> notes) {
    }

    /** Shares of {@code eligible}, null when nobody is eligible. */
    record RatesJson(Double verified, Double assessed, Double demandRegistered, Double served, Double complete) {
        static RatesJson of(CoverageFigures f) {
            return new RatesJson(f.rate(f.verified()), f.rate(f.assessed()), f.rate(f.demandRegistered()),
                    f.rate(f.served()), f.rate(f.complete()));
        }
    }

    record ChildJson(RegionJson region, long eligible, long verified, long assessed, long demandRegistered, long served,
                     long complete, long open, RatesJson rates) {
        static ChildJson of(Region region, CoverageFigures f) {
            return new ChildJson(region == null ? null : RegionJson.of(region), f.eligible(), f.verified(), f.assessed(),
                    f.demandRegistered(), f.served(), f.complete(), f.open(), RatesJson.of(f));
        }
    }

    record RegionJson(String code, String prefix, String name, int level) {
        static RegionJson of(Region region) {
            return new RegionJson(region.code(), region.significantPrefix(), region.name(), region.level());
        }
    }
}
