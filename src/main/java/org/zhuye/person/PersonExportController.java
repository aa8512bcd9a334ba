package org.zhuye.person;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhuye.platform.csv.CsvWriter;
import org.zhuye.platform.xlsx.XlsxWriter;
import org.zhuye.region.Jurisdiction;

/** {@code /persons/export.csv} and {@code .xlsx}: the current search in the import template, streamed. */
@Controller
class PersonExportController {

    static final List<Integer> WIDTHS = List.of(24, 10, 10, 12, 16, 8, 14, 12, 8, 12, 12, 12, 10, 14,
            8, 12, 16, 20, 12, 10, 8, 14, 16);

    private final PersonExport export;

    PersonExportController(PersonExport export) {
        this.export = export;
    }

    @GetMapping("/persons/export.csv")
    void csv(@RequestParam(required = false) String name, @RequestParam(required = false) String certificateNumber,
             @RequestParam(required = false) String regionCode, @RequestParam(required = false) Integer category,
             @RequestParam(required = false) Integer grade, @RequestParam(required = false) String sex,
             @RequestParam(required = false) String employment, @RequestParam(required = false) Integer minAge,
             @RequestParam(required = false) Integer maxAge, @RequestParam(required = false) String ageBand,
             Jurisdiction jurisdiction, HttpServletResponse response)
            throws IOException {
        PersonSearch search = search(name, certificateNumber, regionCode, category, grade, sex, employment, minAge, maxAge, ageBand);
        attachment(response, "text/csv;charset=UTF-8", "csv");
        try (CsvWriter csv = new CsvWriter(response.getOutputStream())) {
            csv.row(PersonTemplate.HEADERS);
            export.export(search, "CSV", jurisdiction, row -> write(() -> csv.row(row)));
        }
    }

    @GetMapping("/persons/export.xlsx")
    void xlsx(@RequestParam(required = false) String name, @RequestParam(required = false) String certificateNumber,
              @RequestParam(required = false) String regionCode, @RequestParam(required = false) Integer category,
              @RequestParam(required = false) Integer grade, @RequestParam(required = false) String sex,
              @RequestParam(required = false) String employment, @RequestParam(required = false) Integer minAge,
              @RequestParam(required = false) Integer maxAge, @RequestParam(required = false) String ageBand,
             Jurisdiction jurisdiction, HttpServletResponse response)
            throws IOException {
        PersonSearch search = search(name, certificateNumber, regionCode, category, grade, sex, employment, minAge, maxAge, ageBand);
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        OutputStream out = response.getOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, "人员")) {
            xlsx.widths(WIDTHS).header(PersonTemplate.HEADERS);
            export.export(search, "XLSX", jurisdiction, row -> write(() -> xlsx.row(row)));
        }
    }

    /** The search the 人员查询 page shows (age band, sex as M/F) or the API's (min/max age, MALE/FEMALE). */
    private static PersonSearch search(String name, String certificateNumber, String regionCode, Integer category,
                                       Integer grade, String sex, String employment, Integer minAge, Integer maxAge,
                                       String ageBand) {
        PersonSearch fromPage = new PersonSearchForm(name, certificateNumber, regionCode, category, grade, sex, employment,
                ageBand, 0).toSearch();
        Sex chosen = fromPage.sex() != null ? fromPage.sex()
                : "MALE".equals(sex) ? Sex.MALE : "FEMALE".equals(sex) ? Sex.FEMALE : null;
        return new PersonSearch(name, certificateNumber, regionCode, category, grade, chosen, employment,
                minAge != null ? minAge : fromPage.minAge(), maxAge != null ? maxAge : fromPage.maxAge(), 0, 0);
    }

    static void attachment(HttpServletResponse response, String contentType, String extension) {
        response.setContentType(contentType);
        String fileName = "人员导出-" + LocalDate.now() + "." + extension;
        response.setHeader("Content-Disposition", "attachment; filename=\"persons-" + LocalDate.now() + "." + extension
                + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    interface Write {
        void run() throws IOException;
    }

    static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
