package org.zhuye.person.imports;

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
import org.zhuye.account.UserAccount;
import org.zhuye.person.PersonPermissions;
import org.zhuye.person.PersonSearch;
import org.zhuye.person.PersonSearchForm;
import org.zhuye.person.Sex;
import org.zhuye.platform.csv.CsvWriter;
import org.zhuye.platform.xlsx.XlsxWriter;
import org.zhuye.region.Jurisdiction;

/** {@code /persons/export.csv} and {@code .xlsx}: the current search in the import template, streamed. */
@Controller
class PersonExportController {

    static final List<Integer> WIDTHS = List.of(24, 10, 10, 12, 16, 8, 14, 12, 8, 12, 12, 12, 10, 14,
            8, 12, 16, 20, 12, 10, 8, 14, 16, 12);

    private final PersonExport export;

    PersonExportController(PersonExport export) {
        this.export = export;
    }

    @GetMapping("/persons/export.csv")
    void csv(ExportFilter filter, UserAccount user, Jurisdiction jurisdiction, HttpServletResponse response)
            throws IOException {
        // An export carries every full number; the same rule as revealing one (not VIEWER).
        PersonPermissions.requireReveal(user);
        PersonSearch search = searchIn(filter, jurisdiction);
        attachment(response, "text/csv;charset=UTF-8", "csv");
        try (CsvWriter csv = new CsvWriter(response.getOutputStream())) {
            csv.row(PersonTemplate.HEADERS);
            export.export(search, "CSV", jurisdiction, row -> write(() -> csv.row(row)));
        }
    }

    /** The search, its region checked before the file starts: a region elsewhere is a 404, not an empty file. */
    private static PersonSearch searchIn(ExportFilter filter, Jurisdiction jurisdiction) {
        PersonSearch search = filter.toSearch();
        jurisdiction.likePatternFor(search.regionCode());
        return search;
    }

    @GetMapping("/persons/export.xlsx")
    void xlsx(ExportFilter filter, UserAccount user, Jurisdiction jurisdiction, HttpServletResponse response)
            throws IOException {
        PersonPermissions.requireReveal(user);
        PersonSearch search = searchIn(filter, jurisdiction);
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        OutputStream out = response.getOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, "人员")) {
            xlsx.widths(WIDTHS).header(PersonTemplate.HEADERS);
            export.export(search, "XLSX", jurisdiction, row -> write(() -> xlsx.row(row)));
        }
    }

    /**
     * The filters as the 人员查询 page sends them (age band, sex as M/F) or as an API client might
     * (min/max age, MALE/FEMALE); unknown or blank values are ignored.
     */
    record ExportFilter(String name, String certificateNumber, String regionCode, Integer category, Integer grade,
                        String sex, String employment, Integer minAge, Integer maxAge, String ageBand) {

        PersonSearch toSearch() {
            PersonSearch fromPage = new PersonSearchForm(name, certificateNumber, regionCode, category, grade, sex,
                    employment, ageBand).toSearch();
            Sex chosen = fromPage.sex() != null ? fromPage.sex()
                    : "MALE".equals(sex) ? Sex.MALE : "FEMALE".equals(sex) ? Sex.FEMALE : null;
            return new PersonSearch(name, certificateNumber, regionCode, category, grade, chosen, employment,
                    minAge != null ? minAge : fromPage.minAge(), maxAge != null ? maxAge : fromPage.maxAge(), 0, 0);
        }
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
