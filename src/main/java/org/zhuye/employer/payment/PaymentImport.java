package org.zhuye.employer.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.employer.Employer;
import org.zhuye.employer.EmployerRepository;
import org.zhuye.employer.EmployerRuleException;
import org.zhuye.employer.UnifiedSocialCreditCode;
import org.zhuye.platform.database.DataDirectory;
import org.zhuye.platform.xlsx.XlsxReader;
import org.zhuye.region.Jurisdiction;

/**
 * The tax bureau's 征收入库 feedback as an XLSX sheet ({@link #HEADERS}), all or nothing: every row is checked first
 * and any bad one leaves everything unsaved, each problem named by row, column and rule. A voucher the unit already
 * has (standing or voided) is skipped and counted, so importing the same file again changes nothing and a payment
 * voided by staff is not brought back by the next feedback file.
 */
@Service
public class PaymentImport {

    public static final List<String> HEADERS = List.of("统一社会信用代码", PaymentInput.YEAR, PaymentInput.AMOUNT,
            PaymentInput.PAID_ON, PaymentInput.VOUCHER);
    /** A county's year of feedback is a few thousand rows; the server's multipart limit is set for the registry import. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final Map<String, Integer> COLUMN_OF_FIELD = Map.of("levyYear", 1, "amount", 2, "paidOn", 3, "voucherNo", 4);

    private final Payments payments;
    private final PaymentRepository repository;
    private final EmployerRepository employers;
    private final AuditTrail audit;
    private final Path uploads;

    PaymentImport(Payments payments, PaymentRepository repository, EmployerRepository employers, AuditTrail audit,
                  DataDirectory dataDirectory) {
        this.payments = payments;
        this.repository = repository;
        this.employers = employers;
        this.audit = audit;
        this.uploads = dataDirectory.resolve("uploads");
    }

    /** What an import did, or would do on a dry run: new payments, vouchers skipped as already recorded, or the errors. */
    public record Outcome(boolean dryRun, int recorded, int skipped, List<RowError> errors) {
        public boolean saved() {
            return !dryRun && errors.isEmpty();
        }
    }

    /** One problem: the spreadsheet's row (1 is the header), the column, and the rule in Chinese. */
    public record RowError(int row, String column, String rule) {
        public String message() {
            return row == 0 ? rule : "第 " + row + " 行 " + column + "：" + rule;
        }
    }

    private record Row(int line, Employer employer, PaymentData data) {
    }

    @Transactional
    public Outcome run(InputStream upload, String fileName, boolean dryRun, UserAccount user, Jurisdiction jurisdiction)
            throws IOException {
        Payments.requireWrite(user);
        Files.createDirectories(uploads);
        Path file = uploads.resolve("levy-" + UUID.randomUUID() + ".xlsx");
        try {
            if (!copyCapped(upload, file)) {
                return failed(new RowError(0, null, "文件超过 " + MAX_BYTES / 1024 / 1024 + " MB，请按地区或月份分开导入"));
            }
            if (!XlsxReader.isZipArchive(file)) {
                return failed(new RowError(0, null, "文件不是XLSX工作簿：请用“下载模板”得到的表格，或在Excel中另存为 .xlsx"));
            }
            List<RowError> errors = new ArrayList<>();
            List<Row> rows = read(file, jurisdiction, errors);
            if (!errors.isEmpty()) {
                return new Outcome(dryRun, 0, 0, errors);
            }
            int skipped = 0;
            List<Row> fresh = new ArrayList<>();
            for (Row row : rows) {
                if (repository.hasAny(row.employer().id(), row.data().voucherNo())) {
                    skipped++;
                } else {
                    fresh.add(row);
                }
            }
            if (!dryRun) {
                String detail = "导入文件 " + shown(fileName);
                fresh.forEach(row -> payments.store(row.employer(), row.data(), PaymentSource.IMPORTED, detail));
                audit.record(AuditEntry.of(AuditAction.LEVY_PAYMENTS_IMPORTED, "levy_payment", "import",
                        jurisdiction.root().value()).withDetail(detail + "：新登记 " + fresh.size() + " 笔，已登记跳过 " + skipped + " 笔"));
            }
            return new Outcome(dryRun, fresh.size(), skipped, List.of());
        } catch (XlsxReader.XlsxFormatException e) {
            return failed(new RowError(0, null, e.getMessage()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private List<Row> read(Path file, Jurisdiction jurisdiction, List<RowError> errors) throws IOException {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Optional<Employer>> units = new HashMap<>();
        LocalDate today = LocalDate.now();
        try (XlsxReader reader = XlsxReader.open(file)) {
            List<String> header = reader.next();
            if (header == null || !HEADERS.equals(header.stream().map(String::strip).limit(HEADERS.size()).toList())) {
                errors.add(new RowError(1, "表头", "须依次为 " + String.join("、", HEADERS) + "（请使用模板）"));
                return rows;
            }
            List<String> cells;
            while ((cells = reader.next()) != null && reader.sheetIndex() == 0) {
                int line = reader.rowNumber();
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    errors.add(new RowError(line, "行数", "一次最多导入 " + MAX_ROWS + " 行，请分开导入"));
                    break;
                }
                Row row = row(line, cells, reader.numberCells(), jurisdiction, today, units, errors);
                if (row == null) {
                    continue;
                }
                Integer earlier = seen.putIfAbsent(row.employer().id() + "/" + row.data().voucherNo(), line);
                if (earlier != null) {
                    errors.add(new RowError(line, PaymentInput.VOUCHER, row.data().voucherNo() + " 与第 " + earlier + " 行重复"));
                } else {
                    rows.add(row);
                }
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, null, "文件中没有数据行"));
        }
        return rows;
    }

    private Row row(int line, List<String> cells, long numberCells, Jurisdiction jurisdiction, LocalDate today,
                    Map<String, Optional<Employer>> units, List<RowError> errors) {
        int before = errors.size();
        String code = cell(cells, 0);
        Employer employer = null;
        UnifiedSocialCreditCode.Result parsed = UnifiedSocialCreditCode.parse(code);
        if (parsed.code() == null) {
            errors.add(new RowError(line, HEADERS.get(0), (code.isEmpty() ? "未填写" : shown(code) + " 不是有效的统一社会信用代码（"
                    + String.join("；", parsed.errors()) + "）")));
        } else {
            employer = units.computeIfAbsent(parsed.code().value(), c -> employers.findByCreditCode(c, jurisdiction)).orElse(null);
            if (employer == null) {
                errors.add(new RowError(line, HEADERS.get(0), parsed.code().value() + " 不是本辖区的用人单位"));
            }
        }
        String voucher = cell(cells, 4);
        // Excel keeps numbers to 15 significant digits: a longer 电子税票号 typed into a number cell is already changed.
        if ((numberCells & (1L << 4)) != 0 && voucher.replaceAll("\\D", "").length() > 15) {
            errors.add(new RowError(line, PaymentInput.VOUCHER, "单元格是数字格式，超过15位的号码已被Excel改写；请把此列设为文本后重新填写"));
        }
        PaymentData data = null;
        try {
            data = new PaymentInput(cell(cells, 1), cell(cells, 2), cell(cells, 3), voucher).validate(today);
        } catch (EmployerRuleException e) {
            e.fieldErrors().forEach((field, message) -> {
                String column = HEADERS.get(COLUMN_OF_FIELD.get(field));
                String rule = message.startsWith(column) ? message.substring(column.length()) : message;
                errors.add(new RowError(line, column, rule));
            });
        }
        return errors.size() == before ? new Row(line, employer, data) : null;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i).strip() : "";
    }

    private static Outcome failed(RowError error) {
        return new Outcome(false, 0, 0, List.of(error));
    }

    private static boolean copyCapped(InputStream in, Path file) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_BYTES) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private static String shown(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
