package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/targets}: the targets of a region (and of its child regions), and setting them — one object
 * or a list, applied in one transaction. 422 with {@code fieldErrors} in Chinese ({@code [i].field} for a
 * list), 404 for a region outside the caller's jurisdiction, 409 for a stale {@code version}.
 */
@RestController
class TargetApiController {

    private final Targets targets;
    private final TargetRepository repository;
    private final TargetOverview overview;

    TargetApiController(Targets targets, TargetRepository repository, TargetOverview overview) {
        this.targets = targets;
        this.repository = repository;
        this.overview = overview;
    }

    /** One target as the API reads and writes it; {@code version} as read (null for a new one). */
    record TargetJson(String indicator, String regionCode, LocalDate from, LocalDate to, BigDecimal value, Integer version,
                      String source, String setBy, Instant setAt) {

        static TargetJson of(Target t) {
            return new TargetJson(t.indicator(), t.regionCode(), t.period().from(), t.period().to(), t.value(), t.version(),
                    t.source(), t.setBy(), t.setAt());
        }
    }

    @Operation(summary = "目标列表", description = "region（任一级，默认本人管辖范围）本级及其直接下级地区的目标；period（2026、2022-2024、"
            + "2026Q3 等）只列期间与之重叠的目标。value 为计数、元或百分数（比率指标）")
    @GetMapping("/api/v1/targets")
    List<TargetJson> list(@RequestParam(required = false) String region, @RequestParam(required = false) String period,
                          UserAccount user, Jurisdiction jurisdiction) {
        staffSide(user);
        RegionCode code = jurisdiction.regionFor(region);
        ReportingPeriod within = period == null || period.isBlank() ? null : ReportingPeriod.parse(period)
                .orElseThrow(() -> MonitoringRuleException.of("period", "期间：“" + period + "”不是年份（2026）、年度区间（2022-2024）、季度（2026Q3）或月份（2026-03）"));
        return repository.ofRegions(overview.regionAndChildren(code, jurisdiction)).stream()
                .filter(t -> within == null || overlaps(t.period(), within))
                .map(TargetJson::of).toList();
    }

    @Operation(summary = "设置目标", description = "请求体为一个目标或目标数组（一并保存，有一处不合规则全部不保存）：indicator、regionCode、"
            + "from、to、value（比率指标填 0–100 的百分数，中位数指标不设目标），修改已有目标须带读取时的 version。目标由上一级设置："
            + "只能设置管辖范围以下地区的目标（自治区级可设置本级）；仅系统管理员和残联工作人员",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = TargetJson.class))))
    @PutMapping("/api/v1/targets")
    List<TargetJson> put(@RequestBody JsonNode body, UserAccount user, Jurisdiction jurisdiction) {
        List<TargetInput> inputs = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(node -> inputs.add(input(node)));
        } else if (body.isObject()) {
            inputs.add(input(body));
        } else {
            throw MonitoringRuleException.of("targets", "请求体应为一个目标或目标数组");
        }
        return targets.setAll(inputs, user, jurisdiction).stream().map(TargetJson::of).toList();
    }

    private TargetInput input(JsonNode node) {
        JsonNode version = node.get("version");
        return new TargetInput(text(node, "indicator"), text(node, "regionCode"), date(text(node, "from")), date(text(node, "to")),
                text(node, "value"), version == null || version.isNull() ? null : version.asInt(), text(node, "source"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
    }

    /** An unreadable date is left null and reported with the missing ones ("起始日期：必须填写"). */
    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static boolean overlaps(ReportingPeriod a, ReportingPeriod b) {
        return !a.to().isBefore(b.from()) && !b.to().isBefore(a.from());
    }

    static void staffSide(UserAccount user) {
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
