package org.zhuye.monitoring.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionOutsideJurisdiction;

/**
 * 统计报表: the list of official tables ({@code /tables}), one table for a region and period as a page that
 * prints on A4 landscape ({@code /tables/{key}?region=&period=}) and as XLSX ({@code /tables/{key}.xlsx}).
 * Staff-side roles only, as the menu shows them.
 */
@Controller
class TableController {

    static final String PERIOD_RULE = "统计期须为年（2024）、季度（2024Q3）、月（2024-03）、几年（2022-2024）"
            + "或起止日期（2024-01-01~2024-09-30）";

    private final StatTables tables;

    TableController(StatTables tables) {
        this.tables = tables;
    }

    @GetMapping("/tables")
    String list(UserAccount user, Jurisdiction jurisdiction, Model model) {
        staffOnly(user);
        model.addAttribute("layouts", TableLayouts.all());
        model.addAttribute("regionParam", jurisdiction.root().significantPrefix());
        model.addAttribute("periodParam", String.valueOf(LocalDate.now().getYear()));
        return "monitoring/tables";
    }

    @GetMapping("/tables/{key}")
    String table(@PathVariable String key, @RequestParam(required = false) String region,
                 @RequestParam(required = false) String period, UserAccount user, Jurisdiction jurisdiction, Model model,
                 HttpServletResponse response) {
        staffOnly(user);
        TableLayout layout = layout(key);
        String regionText = region == null || region.isBlank() ? jurisdiction.root().significantPrefix() : region.strip();
        String periodText = period == null || period.isBlank() ? String.valueOf(LocalDate.now().getYear()) : period.strip();
        model.addAttribute("layout", layout);
        model.addAttribute("regionText", regionText);
        model.addAttribute("periodText", periodText);
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        Optional<RegionCode> code = RegionCode.parse(regionText);
        if (code.isEmpty()) {
            errors.put("region", "地区：区划代码须为2、4、6、9或12位数字，例如 15（内蒙古自治区）或 1504（赤峰市）");
        }
        Optional<ReportingPeriod> parsed = period(periodText);
        if (parsed.isEmpty()) {
            errors.put("period", "统计期：" + PERIOD_RULE);
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "monitoring/table";
        }
        try {
            model.addAttribute("table", tables.make(layout, code.get(), parsed.get(), jurisdiction, LocalDate.now()));
        } catch (RegionOutsideJurisdiction e) {
            errors.put("region", "地区：没有这个区划，或不在您的管辖范围内：" + regionText);
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return "monitoring/table";
    }

    @GetMapping("/tables/{key}.xlsx")
    void workbook(@PathVariable String key, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String period, UserAccount user, Jurisdiction jurisdiction,
                  HttpServletResponse response) throws IOException {
        staffOnly(user);
        TableLayout layout = layout(key);
        RegionCode code = region == null || region.isBlank() ? jurisdiction.root()
                : RegionCode.parse(region).orElseThrow(() -> new RegionOutsideJurisdiction(region));
        ReportingPeriod span = period == null || period.isBlank() ? ReportingPeriod.year(LocalDate.now().getYear())
                : period(period).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "统计期：" + PERIOD_RULE));
        StatTable table = tables.make(layout, code, span, jurisdiction, LocalDate.now());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(TableWorkbook.fileName(table), StandardCharsets.UTF_8).build().toString());
        TableWorkbook.write(table, response.getOutputStream());
    }

    /** A period the short way, or from~to in ISO dates (what {@link ReportingPeriod#key} gives for any other span). */
    static Optional<ReportingPeriod> period(String text) {
        int tilde = text.indexOf('~');
        return tilde < 0 ? ReportingPeriod.parse(text) : ReportingPeriod.between(text.substring(0, tilde), text.substring(tilde + 1));
    }

    private static TableLayout layout(String key) {
        return TableLayouts.find(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这张报表：" + key));
    }

    private static void staffOnly(UserAccount user) {
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
