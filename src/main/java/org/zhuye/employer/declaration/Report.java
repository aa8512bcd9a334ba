package org.zhuye.employer.declaration;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.zhuye.platform.xlsx.XlsxWriter;

/**
 * A list as a page shows it and an XLSX file holds it: title, notes on the rules applied, a header
 * and rows of text. {@code error} says why the list could not be made (e.g. missing parameters).
 */
public record Report(String title, List<String> notes, List<String> header, List<List<String>> rows, String error) {

    public static Report failed(String title, String error) {
        return new Report(title, List.of(), List.of(), List.of(), error);
    }

    /** Writes the rows as an XLSX attachment named {@code asciiName}-year.xlsx (and the Chinese title for browsers that take it). */
    public void writeXlsx(HttpServletResponse response, String asciiName, int year) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String chinese = title + ".xlsx";
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName + "-" + year + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(chinese, StandardCharsets.UTF_8).replace("+", "%20"));
        try (XlsxWriter xlsx = new XlsxWriter(response.getOutputStream(), title.length() > 31 ? title.substring(0, 31) : title)) {
            xlsx.widths(header.stream().map(h -> Math.max(10, h.length() * 2 + 2)).toList()).header(header);
            for (List<String> row : rows) {
                xlsx.row(row);
            }
        }
    }

    /** A figure for a list: whole numbers without decimals, others without trailing zeros. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
