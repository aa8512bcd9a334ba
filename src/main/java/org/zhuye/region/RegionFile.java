package org.zhuye.region;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.zhuye.platform.csv.CsvReader;
import org.zhuye.platform.csv.RowError;

/**
 * A region file: UTF-8 CSV with the header {@code code,name,level,parent_code,urban_rural_class,kind},
 * one row per region, as in {@code regions/15.csv}. Reading checks each row on its own and against
 * the other rows; checks against the database are {@link RegionImport}'s.
 */
public final class RegionFile {

    static final List<String> HEADER = List.of("code", "name", "level", "parent_code", "urban_rural_class", "kind");

    private final List<Region> regions;
    private final List<Integer> rowNumbers;
    private final List<RowError> errors;

    private RegionFile(List<Region> regions, List<Integer> rowNumbers, List<RowError> errors) {
        this.regions = regions;
        this.rowNumbers = rowNumbers;
        this.errors = errors;
    }

    public static RegionFile read(InputStream input) throws IOException {
        List<Region> regions = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (CsvReader csv = CsvReader.detecting(input)) {
            List<String> header = csv.next();
            if (header == null || !HEADER.equals(header.stream().map(String::strip).toList())) {
                errors.add(new RowError(1, null, null, "表头必须是 " + String.join(",", HEADER)));
                return new RegionFile(regions, rows, errors);
            }
            Set<String> seen = new HashSet<>();
            for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
                int row = csv.rowNumber();
                int before = errors.size();
                Region region = parseRow(row, fields, errors);
                if (region != null && !seen.add(region.code())) {
                    errors.add(new RowError(row, "code", region.code(), "区划代码在文件中重复"));
                }
                if (region != null && errors.size() == before) {
                    regions.add(region);
                    rows.add(row);
                }
            }
        } catch (CsvReader.CsvFormatException e) {
            errors.add(new RowError(e.row(), null, null, "不是有效的CSV：" + e.getMessage()));
        }
        return new RegionFile(regions, rows, errors);
    }

    private static Region parseRow(int row, List<String> fields, List<RowError> errors) {
        if (fields.size() != HEADER.size()) {
            errors.add(new RowError(row, null, null, "应有" + HEADER.size() + "列，实有" + fields.size() + "列"));
            return null;
        }
        String codeText = fields.get(0).strip();
        String name = fields.get(1).strip();
        String levelText = fields.get(2).strip();
        String parentText = fields.get(3).strip();
        String urbanRural = fields.get(4).strip();
        String kind = fields.get(5).strip().isEmpty() ? "ADMIN" : fields.get(5).strip();
        int errorsBefore = errors.size();

        if (!codeText.matches("[0-9]{12}") || RegionCode.parse(codeText).isEmpty()) {
            errors.add(new RowError(row, "code", codeText, "区划代码必须是12位数字"));
            return null;
        }
        RegionCode code = RegionCode.of(codeText);
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new RowError(row, "name", name, "名称不能为空，且不超过100个字"));
        }
        if (!levelText.equals(String.valueOf(code.level()))) {
            errors.add(new RowError(row, "level", levelText,
                    "层级必须与代码一致：代码" + codeText + "属于第" + code.level() + "级"));
        }
        String expectedParent = code.parent().map(RegionCode::value).orElse("");
        if (!parentText.equals(expectedParent)) {
            errors.add(new RowError(row, "parent_code", parentText, expectedParent.isEmpty()
                    ? "省级区划不能有上级" : "上级代码必须是" + expectedParent));
        }
        if (!urbanRural.isEmpty() && !urbanRural.matches("[0-9]{3}")) {
            errors.add(new RowError(row, "urban_rural_class", urbanRural, "城乡分类代码必须是3位数字或留空"));
        }
        if (!kind.equals("ADMIN") && !kind.equals("ZONE")) {
            errors.add(new RowError(row, "kind", kind, "类别必须是 ADMIN（行政区划）或 ZONE（开发区、管理区等功能区）"));
        } else if (kind.equals("ZONE") && code.level() != 3) {
            errors.add(new RowError(row, "kind", kind, "只有县级单位可以标为 ZONE"));
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        return new Region(code.value(), name, code.level(), expectedParent.isEmpty() ? null : expectedParent,
                urbanRural.isEmpty() ? null : urbanRural, kind);
    }

    public List<Region> regions() {
        return regions;
    }

    /** The file row each of {@link #regions()} came from. */
    int rowOf(int index) {
        return rowNumbers.get(index);
    }

    public List<RowError> errors() {
        return errors;
    }
}
