package org.zhuye.monitoring.report;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.MonitoringNotFoundException;
import org.zhuye.monitoring.MonitoringRuleException;

/**
 * {@code /api/v1/annual-reports}: the annual reports of the caller's area and their approval steps. Rule
 * breaches answer 422 with {@code fieldErrors}, a report outside the area 404, a stale {@code version} 409
 * (the module's {@code MonitoringApiErrors}).
 */
@RestController
class AnnualReportApiController {

    private final AnnualReports reports;

    AnnualReportApiController(AnnualReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "年度报告列表", description = "year 为报告年度；region 为盟市、旗县或自治区（默认本人管辖区划）：该区划本级及下级"
            + "（自治区为各盟市及其旗县）已开始填写的报告。state 为 DRAFT、SUBMITTED、ACCEPTED、RETURNED、APPROVED；"
            + "submittedAt 为最近一次上报时间，approvedAt 为审核通过时间（仅锁定时），locked 为是否锁定")
    @GetMapping("/api/v1/annual-reports")
    List<AnnualReportJson.Summary> list(@RequestParam int year, @RequestParam(required = false) String region, UserAccount user) {
        List<AnnualReport> found = reports.reports(year, region, user);
        Map<Long, java.time.Instant[]> times = reports.submittedAndApproved(found);
        return found.stream().map(r -> AnnualReportJson.Summary.of(r, times.get(r.id()))).toList();
    }

    @Operation(summary = "一份年度报告", description = "figures 为目录中每个指标的本年度数字：value 为按目前记录计算的现值，frozen 为审核通过时"
            + "锁定的数字（未审核为空），difference 为两者之差；steps 为办理记录；actions 为调用者现在可以办理的步骤")
    @GetMapping("/api/v1/annual-reports/{id}")
    AnnualReportJson.Detail read(@PathVariable long id, UserAccount user) {
        return AnnualReportJson.Detail.of(reports.view(id, user));
    }

    @Operation(summary = "开始填写本级年度报告", description = "region、year；本级管理员或工作人员。已有则返回已有的报告")
    @PostMapping("/api/v1/annual-reports")
    AnnualReportJson.Detail open(@RequestParam String region, @RequestParam int year, UserAccount user) {
        return read(reports.open(region, year, user), user);
    }

    @Operation(summary = "保存工作落实情况", description = "草稿或被退回时由本级填写：measures 主要措施、problems 存在问题、plans 下步打算，"
            + "各不超过5000字；version 为读取时的版本，他人已修改则 409")
    @PutMapping("/api/v1/annual-reports/{id}")
    AnnualReportJson.Detail save(@PathVariable long id, @RequestBody AnnualReportJson.NarrativeBody body, UserAccount user) {
        reports.save(id, version(body.version()), new AnnualReports.Narrative(body.measures(), body.problems(), body.plans()), user);
        return read(id, user);
    }

    @Operation(summary = "办理一步", description = "action 为 submit（本级上报：下级旗县的报告须已全部审核通过，三项内容须已填写）、"
            + "accept（上级接收）、return（上级退回，comment 必填）、approve（上级审核通过，锁定数字）、unlock（上级解锁，comment 必填；"
            + "上级报告已上报或审核通过时不能解锁）。body 为 {version, comment}")
    @PostMapping("/api/v1/annual-reports/{id}/{action}")
    AnnualReportJson.Detail act(@PathVariable long id,
                                @Parameter(description = "submit 上报、accept 接收、return 退回、approve 审核通过、unlock 解锁",
                                        schema = @Schema(allowableValues = {"submit", "accept", "return", "approve", "unlock"}))
                                @PathVariable String action, @RequestBody(required = false) AnnualReportJson.StepBody body,
                                UserAccount user) {
        // Any other word is answered as an unknown record is, in the API's error shape.
        ReportAction step = ReportAction.ofPath(action).orElseThrow(() -> new MonitoringNotFoundException("年度报告没有这个操作：" + action));
        reports.act(id, step, version(body == null ? null : body.version()), body == null ? null : body.comment(), user);
        return read(id, user);
    }

    private static int version(Integer version) {
        if (version == null) {
            throw MonitoringRuleException.of("version", "须给出读取时的版本（version）");
        }
        return version;
    }
}
