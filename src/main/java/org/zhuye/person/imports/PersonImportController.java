package org.zhuye.person.imports;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.platform.csv.CsvWriter;
import org.zhuye.platform.csv.RowError;
import org.zhuye.platform.xlsx.XlsxWriter;
import org.zhuye.region.Jurisdiction;

/**
 * 人员导入: upload a file (checked only, by default), follow its progress, read or download its
 * errors, and come back later to the list of one's own imports.
 */
@Controller
class PersonImportController {

    static final int ERRORS_PER_PAGE = 100;

    private final ImportJobs jobs;

    PersonImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/persons/imports")
    String list(Principal user, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("jobs", jobs.findRecent(user.getName(), jurisdiction));
        model.addAttribute("headers", PersonTemplate.HEADERS);
        return "person/imports";
    }

    @PostMapping("/persons/imports")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean dryRun, Principal user, Jurisdiction jurisdiction,
                  Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "请选择要导入的CSV或XLSX文件");
            model.addAttribute("dryRun", dryRun);
            return list(user, jurisdiction, model);
        }
        long id = jobs.submit(file.getInputStream(), file.getOriginalFilename(), dryRun, user.getName(), jurisdiction);
        return "redirect:/persons/imports/" + id;
    }

    @GetMapping("/persons/imports/{id}")
    String job(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Principal user,
               Jurisdiction jurisdiction, Model model) {
        ImportJob job = find(id, user, jurisdiction);
        int pages = (int) Math.max(1, (job.errors() + ERRORS_PER_PAGE - 1) / ERRORS_PER_PAGE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("job", job);
        model.addAttribute("errors", job.finished() && job.errors() > 0
                ? jobs.findErrors(id, jurisdiction, (current - 1) * ERRORS_PER_PAGE, ERRORS_PER_PAGE) : List.of());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("firstError", (current - 1) * ERRORS_PER_PAGE + 1);
        return "person/import-job";
    }

    /** Polled every second while the job runs; once it ends, htmx reloads the page to show the outcome. */
    @GetMapping("/persons/imports/{id}/progress")
    String progress(@PathVariable long id, Principal user, Jurisdiction jurisdiction, Model model,
                    HttpServletResponse response) {
        ImportJob job = find(id, user, jurisdiction);
        if (job.finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        model.addAttribute("oob", true);
        return "person/import-job :: update";
    }

    @GetMapping("/persons/imports/{id}/errors.xlsx")
    void errors(@PathVariable long id, Principal user, Jurisdiction jurisdiction, HttpServletResponse response)
            throws IOException {
        ImportJob job = find(id, user, jurisdiction);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + job.id() + "-errors.xlsx\"");
        try (XlsxWriter xlsx = new XlsxWriter(response.getOutputStream(), "错误")) {
            xlsx.widths(List.of(8, 20, 24, 60)).header(List.of("行", "列", "值", "说明"));
            jobs.streamErrors(id, jurisdiction, e -> PersonExportController.write(() -> xlsx.row(cells(e))));
        }
    }

    @GetMapping("/persons/imports/template.csv")
    void templateCsv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"persons-template.csv\"");
        try (CsvWriter csv = new CsvWriter(response.getOutputStream())) {
            csv.row(PersonTemplate.HEADERS);
            csv.row(PersonTemplate.exampleRow());
        }
    }

    @GetMapping("/persons/imports/template.xlsx")
    void templateXlsx(HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"persons-template.xlsx\"");
        try (XlsxWriter xlsx = new XlsxWriter(response.getOutputStream(), "人员")) {
            xlsx.widths(PersonExportController.WIDTHS).header(PersonTemplate.HEADERS);
            xlsx.row(PersonTemplate.exampleRow());
        }
    }

    private ImportJob find(long id, Principal user, Jurisdiction jurisdiction) {
        return jobs.find(id, user.getName(), jurisdiction)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个导入任务"));
    }

    private static List<String> cells(RowError e) {
        return java.util.Arrays.asList(String.valueOf(e.row()), e.column(), e.value(), e.rule());
    }
}
