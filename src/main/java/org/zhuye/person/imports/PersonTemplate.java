package org.zhuye.person.imports;

import java.util.ArrayList;
import java.util.List;

import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonInput;

/**
 * The one file layout for importing and exporting persons (CSV or XLSX): Chinese headers, one
 * person per row with their current employment status. Codes or their labels are accepted
 * (e.g. 民族 "02" or "蒙古族"); exports write labels.
 */
public final class PersonTemplate {

    public static final List<String> HEADERS = List.of(
            "残疾人证号", "姓名", "民族", "文化程度", "居住地区划代码", "户籍类别", "联系电话", "多重残疾类别",
            "证件状态", "发证日期", "有效期至", "监护人或联系人", "与本人关系", "监护人电话",
            "是否就业", "就业状况日期", "就业形式", "就业单位", "职业", "月收入（元）", "就业满意度",
            "未就业主要原因", "未就业主要生活来源");

    /** Index of the first employment column; a row whose employment columns are all blank has no status. */
    public static final int EMPLOYMENT_FROM = 14;

    private PersonTemplate() {
    }

    /** The person part of a row (missing trailing cells read as blank). */
    public static PersonInput person(List<String> row) {
        return new PersonInput(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3), cell(row, 4), cell(row, 5),
                cell(row, 6), cell(row, 7), cell(row, 8), cell(row, 9), cell(row, 10), cell(row, 11), cell(row, 12),
                cell(row, 13));
    }

    /** The employment part of a row, or null when all its cells are blank. */
    public static EmploymentInput employment(List<String> row) {
        boolean any = false;
        for (int i = EMPLOYMENT_FROM; i < HEADERS.size(); i++) {
            any |= cell(row, i) != null;
        }
        if (!any) {
            return null;
        }
        return new EmploymentInput(cell(row, 15), cell(row, 14), cell(row, 16), cell(row, 17), cell(row, 18),
                cell(row, 19), cell(row, 20), cell(row, 21), cell(row, 22));
    }

    /** The header of the column that holds a {@link PersonInput} or {@link EmploymentInput} field. */
    public static String headerOf(String field) {
        String label = PersonInput.LABELS.get(field);
        return label != null ? label : EmploymentInput.LABELS.getOrDefault(field, field);
    }

    /** One example row, valid against the bundled region tree, for the downloadable template. */
    public static List<String> exampleRow() {
        List<String> row = new ArrayList<>(List.of("15010219850312123242", "示例甲", "蒙古族", "初级中学", "150102001001",
                "城镇", "13800000000", "", "有效", "2020-05-01", "", "示例乙", "配偶", "",
                "是", "2023-04-01", "灵活就业", "", "保洁员", "2500", "4", "", ""));
        return List.copyOf(row);
    }

    private static String cell(List<String> row, int index) {
        if (index >= row.size()) {
            return null;
        }
        String value = row.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
