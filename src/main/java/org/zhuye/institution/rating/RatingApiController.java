package org.zhuye.institution.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;
import org.zhuye.institution.Institution;

/**
 * 等级评定 over JSON. Staff-side roles read the ratings of institutions in their area, an INSTITUTION account its
 * own; STAFF and ADMIN enter inspections, compute and confirm. Rule violations answer 422 with
 * {@code fieldErrors}, a stale version or a confirmed year 409.
 */
@RestController
class RatingApiController {

    private final InstitutionRatings ratings;
    private final RatingRepository repository;

    RatingApiController(InstitutionRatings ratings, RatingRepository repository) {
        this.ratings = ratings;
        this.repository = repository;
    }

    record Figures(int served, int capacity, int placed, int retained, int retentionBase, Integer trainingEnded,
                   Integer trainingCompleted) {
    }

    record Expected(double placed, double retained) {
    }

    /** One year's rating; the computed fields are null until computed. */
    record RatingView(int year, String status, Map<String, Integer> inspection, BigDecimal inspectionPoints,
                      BigDecimal outcomePoints, BigDecimal score, String grade, BigDecimal subsidy, Figures figures,
                      Expected expected, RatingSnapshot explanation, int version) {

        static RatingView of(Rating r) {
            RatingSnapshot s = r.snapshot();
            RatingFigures f = s == null ? null : s.figures();
            return new RatingView(r.year(), r.status().name(), r.inspection(), r.inspectionPoints(), r.outcomePoints(),
                    r.score(), r.computed() ? r.gradeLabel() : null, r.subsidy(),
                    f == null ? null : new Figures(f.served(), f.capacity(), f.placed(), f.retained(), f.retentionBase(),
                            f.trainingEnded(), f.trainingCompleted()),
                    s == null ? null : new Expected(round(s.expectedPlaced().expected()), round(s.expectedRetained().expected())),
                    s, r.version());
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }
    }

    @Operation(summary = "服务机构历年等级评定", description = "每年一条：status（DRAFT 草稿 / CONFIRMED 已确认）、检查评分、"
            + "inspectionPoints、outcomePoints、score、grade（未定级：低于最低等级）、subsidy（元）、figures（served 服务人数，"
            + "placed 转入就业，retained 六个月稳定就业，retentionBase 满六个月的转入就业人数，trainingEnded / trainingCompleted 培训结业 / 完成）、"
            + "expected（按服务对象构成的期望转入就业与稳定就业人数）、explanation（期望值的形成、参数行）、version")
    @GetMapping("/api/v1/institutions/{id}/ratings")
    List<RatingView> list(@PathVariable long id, UserAccount user) {
        Institution institution = ratings.visible(id, user);
        return repository.findAll(id, ratings.readingScope(institution, user)).stream().map(RatingView::of).toList();
    }

    record InspectionRequest(Map<String, String> scores, Integer version) {
    }

    @Operation(summary = "录入年度检查评分", description = "scores 按评定方案的检查项目名称给 0 到满分的整数，如 {\"场地与无障碍\": 18}；"
            + "version 为读取时的版本（首次录入不填）。保存后即按当前数据计算评定。已确认的年度答 409。")
    @PutMapping("/api/v1/institutions/{id}/ratings/{year}/inspection")
    RatingView inspect(@PathVariable long id, @PathVariable int year, @RequestBody InspectionRequest request,
                       UserAccount user) {
        return RatingView.of(ratings.inspect(id, year, request == null ? null : request.scores(),
                request == null ? null : request.version(), user));
    }

    @Operation(summary = "重新计算年度评定", description = "按当前数据和参数重新计算草稿评定；已确认的答 409")
    @PostMapping("/api/v1/institutions/{id}/ratings/{year}/compute")
    RatingView compute(@PathVariable long id, @PathVariable int year, UserAccount user) {
        return RatingView.of(ratings.compute(id, year, user));
    }

    record Confirmed(int year, int confirmed) {
    }

    @Operation(summary = "确认年度评定", description = "region（不填为本辖区）内该年度已录入检查评分的草稿评定重新计算后确认并冻结；返回确认条数")
    @PostMapping("/api/v1/institutions/ratings/{year}/confirm")
    Confirmed confirm(@PathVariable int year, @RequestParam(required = false) String region, UserAccount user) {
        return new Confirmed(year, ratings.confirm(year, region, user));
    }
}
