package org.zhuye.training.figures;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.CourseKind;

/**
 * {@code GET /api/v1/training/figures?region=&from=&to=&kind=&courseRegion=}: person-times and persons by child
 * region and course kind. Region defaults to the caller's jurisdiction, the period to this year; bad input is
 * 422 with every field's message.
 */
@RestController
class TrainingFiguresApiController {

    private final TrainingCounts counts;

    TrainingFiguresApiController(TrainingCounts counts) {
        this.counts = counts;
    }

    @Operation(summary = "培训人次与人数", description = "统计期间内结业（合格或不合格）的人次与不重复人数，按学员登记地的下级地区和培训类别")
    @GetMapping("/api/v1/training/figures")
    FiguresJson figures(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(required = false) String kind,
                        @RequestParam(required = false) String courseRegion, UserAccount user, Jurisdiction jurisdiction) {
        TrainingFiguresController.requireStaffSide(user);
        TrainingFigures f = counts.figures(TrainingCounts.Query.parse(region, from, to, kind, courseRegion, jurisdiction),
                jurisdiction);
        return new FiguresJson(f.region(), f.from(), f.to(), f.kind(), f.total().personTimes(), f.total().persons(),
                f.children().stream().map(r -> new PlaceJson(r.region(), r.counts().personTimes(), r.counts().persons())).toList(),
                f.unassigned() == null ? null : new PlaceJson(f.region(), f.unassigned().personTimes(), f.unassigned().persons()),
                Arrays.stream(CourseKind.values()).map(k -> new KindJson(k, k.label(), f.byKind().get(k).personTimes(),
                        f.byKind().get(k).persons())).toList(),
                TrainingCounts.NOTES);
    }

    /** @param unassigned those registered at the region itself, not in a child */
    record FiguresJson(String region, LocalDate from, LocalDate to, CourseKind kind, long personTimes, long persons,
                       List<PlaceJson> children, PlaceJson unassigned, List<KindJson> kinds, List<String> notes) {
    }

    record PlaceJson(String region, long personTimes, long persons) {
    }

    record KindJson(CourseKind kind, String label, long personTimes, long persons) {
    }
}
