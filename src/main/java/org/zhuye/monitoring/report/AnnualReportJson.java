package org.zhuye.monitoring.report;

import java.time.Instant;
import java.util.List;

import org.zhuye.monitoring.IndicatorUnit;

/** The API's shapes of annual reports. */
final class AnnualReportJson {

    private AnnualReportJson() {
    }

    /** A report in a list; {@code approvedAt} only while approved (locked). */
    record Summary(long id, String regionCode, int year, String state, String stateLabel, Instant submittedAt, Instant approvedAt,
                   boolean locked, int version) {

        static Summary of(AnnualReport r, Instant[] times) {
            Instant submitted = times == null ? null : times[0];
            Instant approved = times == null || !r.locked() ? null : times[1];
            return new Summary(r.id(), r.regionCode(), r.year(), r.state().name(), r.state().label(), submitted, approved, r.locked(),
                    r.version());
        }
    }

    /**
     * One indicator of a report: {@code value} is the figure now, {@code frozen} the one approved (null before approval
     * or for an indicator added since), {@code difference} value − frozen; money in 元, ratios in per cent.
     */
    record FigureLine(String code, String name, String unit, String parent, Double value, Double frozen, Double difference) {

        static FigureLine of(ReportFigure f) {
            IndicatorUnit unit = f.indicator().unit();
            Double live = f.live().number(unit);
            Double frozen = f.frozen() == null ? null : f.frozen().number(unit);
            return new FigureLine(f.indicator().code(), f.indicator().name(), unit.label(), f.indicator().parent(), live, frozen,
                    live == null || frozen == null ? null : live - frozen);
        }
    }

    record Step(String action, String label, String state, String actor, String actorName, String actorRegion, Instant at, String comment) {

        static Step of(ReportStep s) {
            return new Step(s.action(), s.label(), s.toState().name(), s.actor(), s.actorName(), s.actorRegion(), s.at(), s.comment());
        }
    }

    /** A report whole: its summary fields, the narrative, the figures, the history, what the caller may do. */
    record Detail(long id, String regionCode, String regionName, int year, String state, String stateLabel, boolean locked,
                  String lockNotice, int version, Instant firstSubmittedAt, String deadline, String measures, String problems,
                  String plans, List<FigureLine> figures, List<Step> steps, List<String> actions, boolean editable) {

        static Detail of(AnnualReports.View v) {
            AnnualReport r = v.report();
            return new Detail(r.id(), r.regionCode(), v.regionName(), r.year(), r.state().name(), r.state().label(), r.locked(),
                    v.lockNotice(), r.version(), r.firstSubmittedAt(), v.deadline().toString(), r.measures(), r.problems(), r.plans(),
                    v.figures().stream().map(FigureLine::of).toList(), v.steps().stream().map(Step::of).toList(),
                    v.actions().stream().map(ReportAction::path).toList(), v.mayEdit());
        }
    }

    /** The body of a step: the version as read and the comment (required to return or unlock). */
    record StepBody(Integer version, String comment) {
    }

    /** The body of {@code PUT}: the narrative and the version as read. */
    record NarrativeBody(Integer version, String measures, String problems, String plans) {
    }
}
