package org.zhuye.person.imports;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.CertificateNumber;
import org.zhuye.person.CertificateStatus;
import org.zhuye.person.CodeLists;
import org.zhuye.person.DisabilityCategory;
import org.zhuye.person.Hukou;
import org.zhuye.person.PersonFilter;
import org.zhuye.person.PersonSearch;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/**
 * The persons a search finds, in the import template's layout with labels and full certificate
 * and phone numbers, streamed from a cursor: an export of the whole province never sits in
 * memory. Exporting is a bulk reveal of sensitive numbers, so it is audited with its filters
 * before the first row leaves. Importing an export of unchanged data changes nothing.
 */
@Service
@JurisdictionScoped
public class PersonExport {

    private static final int FETCH_SIZE = 2_000;

    private final NamedParameterJdbcTemplate cursor;
    private final TransactionTemplate readOnly;
    private final FieldCipher cipher;
    private final CodeLists codes;
    private final AuditTrail audit;

    PersonExport(DataSource dataSource, PlatformTransactionManager transactions, FieldCipher cipher, CodeLists codes,
                 AuditTrail audit) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.cipher = cipher;
        this.codes = codes;
        this.audit = audit;
    }

    /** Records the export, then hands every matching person's row, in search order, to {@code each}. */
    public void export(PersonSearch search, String format, Jurisdiction jurisdiction, Consumer<List<String>> each) {
        audit.record(AuditEntry.of(AuditAction.PERSONS_EXPORTED, "person", null, jurisdiction.root().value())
                .withChange(null, filters(search, format)));
        PersonFilter filter = PersonFilter.of(search, certificateHash(search), LocalDate.now(), jurisdiction);
        String sql = """
                SELECT p.cert_cipher, p.name, p.ethnicity, p.education, p.region_code, p.hukou, p.phone_cipher,
                       p.multiple_categories, p.cert_status, p.cert_issued_on, p.cert_valid_until, p.guardian_name,
                       p.guardian_relation, p.guardian_phone_cipher, p.registered_on, e.effective_on, e.employed, e.form,
                       e.employer_name, e.occupation, e.monthly_income, e.satisfaction, e.reason, e.livelihood
                FROM person p
                LEFT JOIN LATERAL (
                    SELECT * FROM employment_event e
                    WHERE e.person_id = p.id AND e.voided_at IS NULL
                    ORDER BY e.effective_on DESC, e.id DESC LIMIT 1
                ) e ON true
                """ + "WHERE " + filter.where() + " ORDER BY p.region_code, p.name, p.id";
        // PostgreSQL only streams from a cursor inside a transaction.
        readOnly.executeWithoutResult(status ->
                cursor.query(sql, new MapSqlParameterSource(filter.params()), rs -> {
                    each.accept(row(rs));
                }));
    }

    private byte[] certificateHash(PersonSearch search) {
        if (search.certificateNumber() == null) {
            return null;
        }
        CertificateNumber.Result parsed = CertificateNumber.parse(search.certificateNumber());
        return cipher.lookupHash(parsed.valid() ? parsed.number().withoutReissue() : search.certificateNumber());
    }

    private List<String> row(ResultSet rs) throws SQLException {
        List<String> row = new ArrayList<>(PersonTemplate.HEADERS.size());
        row.add(cipher.decrypt(rs.getBytes("cert_cipher")));
        row.add(rs.getString("name"));
        row.add(label(CodeLists.ETHNICITY, rs.getString("ethnicity")));
        row.add(label(CodeLists.EDUCATION, rs.getString("education")));
        row.add(rs.getString("region_code"));
        row.add(Hukou.valueOf(rs.getString("hukou")).label());
        row.add(decrypt(rs.getBytes("phone_cipher")));
        row.add(multiple(rs.getArray("multiple_categories")));
        row.add(CertificateStatus.valueOf(rs.getString("cert_status")).label());
        row.add(date(rs.getDate("cert_issued_on")));
        row.add(date(rs.getDate("cert_valid_until")));
        row.add(rs.getString("guardian_name"));
        row.add(rs.getString("guardian_relation"));
        row.add(decrypt(rs.getBytes("guardian_phone_cipher")));
        Object employed = rs.getObject("employed");
        if (employed == null) {
            for (int i = PersonTemplate.EMPLOYMENT_FROM; i < PersonTemplate.EMPLOYMENT_TO; i++) {
                row.add(null);
            }
            row.add(date(rs.getDate("registered_on")));
            return row;
        }
        row.add((Boolean) employed ? "是" : "否");
        row.add(date(rs.getDate("effective_on")));
        row.add(label(CodeLists.EMPLOYMENT_FORM, rs.getString("form")));
        row.add(rs.getString("employer_name"));
        row.add(rs.getString("occupation"));
        BigDecimal income = rs.getBigDecimal("monthly_income");
        row.add(income == null ? null : income.stripTrailingZeros().toPlainString());
        row.add(rs.getString("satisfaction"));
        row.add(label(CodeLists.NOT_EMPLOYED_REASON, rs.getString("reason")));
        row.add(label(CodeLists.LIVELIHOOD, rs.getString("livelihood")));
        row.add(date(rs.getDate("registered_on")));
        return row;
    }

    private String label(String list, String code) {
        return code == null ? null : codes.label(list, code).orElse(code);
    }

    private String decrypt(byte[] stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }

    private static String multiple(Array array) throws SQLException {
        List<String> labels = new ArrayList<>();
        for (Object code : (Object[]) array.getArray()) {
            DisabilityCategory.of(((Number) code).intValue()).ifPresent(c -> labels.add(c.label()));
        }
        return labels.isEmpty() ? null : String.join("、", labels);
    }

    private static String date(Date date) {
        return date == null ? null : date.toLocalDate().toString();
    }

    /** A searched number, whole or a prefix, as the audit trail keeps it: its region and last four only. */
    private static String maskedSearch(String certificate) {
        String text = certificate.strip();
        return text.length() <= 10 ? text : text.substring(0, 6) + "*".repeat(text.length() - 10) + text.substring(text.length() - 4);
    }

    /** The filters as the audit trail records them; a searched certificate number is masked. */
    static Map<String, Object> filters(PersonSearch search, String format) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("format", format);
        putIfSet(filters, "name", search.name());
        putIfSet(filters, "certificateNumber", search.certificateNumber() == null ? null
                : maskedSearch(search.certificateNumber()));
        putIfSet(filters, "regionCode", search.regionCode());
        putIfSet(filters, "category", search.category());
        putIfSet(filters, "grade", search.grade());
        putIfSet(filters, "sex", search.sex() == null ? null : search.sex().name());
        putIfSet(filters, "employment", search.employment());
        putIfSet(filters, "minAge", search.minAge());
        putIfSet(filters, "maxAge", search.maxAge());
        return filters;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
