package org.zhuye.casework;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.PersonPermissions;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.platform.xlsx.XlsxWriter;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * 待服务清单 ({@code /casework}): who in the user's area still lacks which service this year, by
 * village, a page at a time; printable (the print stylesheet leaves only the list) and as XLSX.
 */
@Controller
class WorkListController {

    private final WorkList workList;
    private final CaseworkCodes codes;
    private final CycleYears cycles;
    private final RegionRepository regions;
    private final AuditTrail audit;

    WorkListController(WorkList workList, CaseworkCodes codes, CycleYears cycles, RegionRepository regions, AuditTrail audit) {
        this.workList = workList;
        this.codes = codes;
        this.cycles = cycles;
        this.regions = regions;
        this.audit = audit;
    }

    @GetMapping("/casework")
    String list(@RequestParam(required = false) String region, @RequestParam(required = false) String year,
                @RequestParam(required = false) String lacking, @RequestParam(required = false) String order,
                @RequestParam(defaultValue = "50") int size, PageRequest paging,
                UserAccount user, Jurisdiction jurisdiction, Model model, HttpServletResponse response) {
        WorkList.Query query = query(region, year, lacking, order, paging.number() - 1, size, jurisdiction);
        Region selected = regions.find(query.region(), jurisdiction)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个区划，或不在您的管辖范围内：" + region));
        model.addAttribute("query", query);
        model.addAttribute("selected", selected);
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("codes", codes);
        model.addAttribute("years", cycles.years(jurisdiction.root().value(), java.time.LocalDate.now()));
        model.addAttribute("mayRecord", PersonPermissions.mayRecord(user));
        model.addAttribute("sizes", List.of(20, 50, 100, 200, 500));
        try {
            WorkList.Page result = workList.find(query, jurisdiction);
            model.addAttribute("result", result);
            model.addAttribute("page", paging.withSize(size).of(result.entries(), result.total()));
        } catch (CycleYears.NoCycle | WorkingAgeRules.NoRule e) {
            model.addAttribute("problem", e.getMessage());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "casework/list";
    }

    @GetMapping("/casework/list.xlsx")
    void workbook(@RequestParam(required = false) String region, @RequestParam(required = false) String year,
                  @RequestParam(required = false) String lacking, @RequestParam(required = false) String order,
                  Jurisdiction jurisdiction, HttpServletResponse response) throws IOException {
        WorkList.Query query = query(region, year, lacking, order, 0, WorkList.MAX_PAGE_SIZE, jurisdiction);
        Region selected = regions.find(query.region(), jurisdiction)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CycleYears.Cycle cycle;
        try {
            // Checked before the response begins, so a year without a cycle is a clear error, not a broken file.
            cycle = cycles.cycle(selected.code(), query.year(), java.time.LocalDate.now());
        } catch (CycleYears.NoCycle e) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("四个一待服务清单-" + selected.name() + "-" + cycle.year() + ".xlsx", StandardCharsets.UTF_8)
                .build().toString());
        int[] written = {0};
        try (XlsxWriter xlsx = new XlsxWriter(response.getOutputStream(), "待服务清单")) {
            List<String> header = new ArrayList<>(List.of("序号", "姓名", "性别", "出生日期", "残疾类别", "残疾等级",
                    "乡镇（街道）", "村（社区）", "区划代码", "联系电话", "人员编号"));
            for (ServiceKind kind : ServiceKind.values()) {
                header.add(codes.kindLabel(kind));
            }
            header.add("尚缺服务");
            xlsx.widths(List.of(6, 10, 5, 11, 8, 8, 14, 14, 14, 13, 9, 12, 12, 12, 10, 30)).header(header);
            workList.forEach(query, jurisdiction, e -> {
                List<String> row = new ArrayList<>(List.of(String.valueOf(++written[0]), e.person().name(),
                        e.person().sex().label(), e.person().birthDate().toString(), e.person().category().label(),
                        e.person().gradeLabel(), e.township() == null ? "" : e.township().name(),
                        e.village() == null ? "" : e.village().name(), e.person().regionCode(),
                        e.person().phoneMasked() == null ? "" : e.person().phoneMasked(), String.valueOf(e.person().id())));
                for (ServiceKind kind : ServiceKind.values()) {
                    row.add(e.has(kind) ? "已完成" : "未完成");
                }
                row.add(e.missing().stream().map(codes::kindLabel).collect(Collectors.joining("、")));
                try {
                    xlsx.row(row);
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        }
        audit.record(AuditEntry.of(AuditAction.CASEWORK_LIST_EXPORTED, "casework_list", selected.code(), selected.code())
                .withDetail(cycle.year() + "年度，" + written[0] + "人"
                        + (query.lacking() == null ? "" : "，缺少" + codes.kindLabel(query.lacking()))));
    }

    private static WorkList.Query query(String region, String year, String lacking, String order, int page, int size,
                                        Jurisdiction jurisdiction) {
        RegionCode code = CaseworkForms.region(region, jurisdiction);
        ServiceKind kind = lacking == null || lacking.isBlank() ? null : ServiceKind.parse(lacking)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "缺少的服务须为四项服务之一：" + lacking));
        WorkList.Order sort = "FEWEST".equalsIgnoreCase(order) ? WorkList.Order.FEWEST : WorkList.Order.VILLAGE;
        try {
            return new WorkList.Query(code, CaseworkForms.year(year), kind, sort, page, size);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
