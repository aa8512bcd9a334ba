package org.zhuye.person.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.zhuye.person.CertificateNumber;
import org.zhuye.platform.csv.CsvWriter;
import org.zhuye.platform.xlsx.XlsxWriter;

/** Builds import files in the template layout, with certificate numbers no other test uses (born 1960–1979). */
final class ImportFiles {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1000));

    private ImportFiles() {
    }

    static String certificate(int category, int grade) {
        int n = SEQUENCE.getAndIncrement();
        String body = "150102" + (1960 + (n / 9000) % 20) + String.format("%02d%02d", 1 + (n / 1000) % 9 + 3, 1 + n % 28)
                + String.format("%03d", n % 1000);
        return body + CertificateNumber.checkCharacter(body) + category + grade;
    }

    /** A valid row: a person in 公主府社区 (新城区) who is in flexible work. */
    static List<String> row(String certificate, String name) {
        List<String> row = new ArrayList<>(PersonTemplate.exampleRow());
        row.set(0, certificate);
        row.set(1, name);
        return row;
    }

    /** How many persons hold the number (0 or 1), found by its lookup hash as the registry finds it. */
    static long stored(org.springframework.jdbc.core.simple.JdbcClient jdbc, org.zhuye.platform.crypto.FieldCipher cipher,
                       String certificate) {
        return jdbc.sql("SELECT count(*) FROM person WHERE cert_hash = ?")
                .param(cipher.lookupHash(certificate.substring(0, 20))).query(Long.class).single();
    }

    static List<String> withoutStatus(List<String> row) {
        List<String> copy = new ArrayList<>(row);
        for (int i = PersonTemplate.EMPLOYMENT_FROM; i < copy.size(); i++) {
            copy.set(i, "");
        }
        return copy;
    }

    static byte[] csv(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(PersonTemplate.HEADERS);
            for (List<String> row : rows) {
                csv.row(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, "人员")) {
            xlsx.header(PersonTemplate.HEADERS);
            for (List<String> row : rows) {
                xlsx.row(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static final AtomicInteger NAMES = new AtomicInteger((int) (System.nanoTime() % 100_000));

    /** A name no other test uses: digits written as 甲乙丙… (names may not hold digits). */
    static String uniqueName(String prefix) {
        String digits = Integer.toString(NAMES.getAndIncrement());
        StringBuilder name = new StringBuilder(prefix);
        for (char c : digits.toCharArray()) {
            name.append("甲乙丙丁戊己庚辛壬癸".charAt(c - '0'));
        }
        return name.toString();
    }
}
