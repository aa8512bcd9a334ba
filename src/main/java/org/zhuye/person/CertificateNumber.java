package org.zhuye.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 残疾人证 number: the 18-character citizen ID (GB 11643-1999) followed by the category (1–7)
 * and grade (1–4) digits, and for a reissued card a suffix B1, B2, …. Sex and birth date come
 * from the ID part. See domain/rules.md §3.
 */
public record CertificateNumber(String value, String idNumber, LocalDate birthDate, Sex sex,
                                DisabilityCategory category, int grade, int reissue) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{17}[\\dX])(\\d)(\\d)(?:B(\\d+))?");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** The number with the citizen-ID part only, the key under which one person is known. */
    public String withoutReissue() {
        return value.substring(0, 20);
    }

    /** The masked form shown on pages: address and sequence kept, birth date hidden. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14, 18) + "·" + value.substring(18);
    }

    /** Validates and parses; the result carries every problem found, in Chinese. */
    public static Result parse(String text) {
        List<String> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add("残疾人证号不能为空");
            return new Result(null, errors);
        }
        String normalised = text.strip().toUpperCase();
        Matcher matcher = SHAPE.matcher(normalised);
        if (!matcher.matches()) {
            errors.add(shapeProblem(normalised));
            return new Result(null, errors);
        }
        String id = matcher.group(1);
        char expected = checkCharacter(id);
        if (id.charAt(17) != expected) {
            errors.add("身份证号校验位错误：第18位应为" + expected + "，实为" + id.charAt(17));
        }
        LocalDate birth = null;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
                errors.add("出生日期不合理：" + birth);
                birth = null;
            }
        } catch (DateTimeException e) {
            errors.add("出生日期不存在：" + id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        }
        int categoryCode = matcher.group(2).charAt(0) - '0';
        int grade = matcher.group(3).charAt(0) - '0';
        var category = DisabilityCategory.of(categoryCode);
        if (category.isEmpty()) {
            errors.add("残疾类别代码（第19位）必须是1至7，实为" + categoryCode);
        }
        if (grade < 1 || grade > 4) {
            errors.add("残疾等级代码（第20位）必须是1至4，实为" + grade);
        }
        int reissue = matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4));
        if (matcher.group(4) != null && reissue < 1) {
            errors.add("补发后缀必须是B1、B2等");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        Sex sex = (id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new Result(new CertificateNumber(normalised, id, birth, sex, category.get(), grade, reissue), List.of());
    }

    public static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static String shapeProblem(String text) {
        if (text.length() < 20) {
            return "残疾人证号应为20位（18位身份证号+类别+等级），实为" + text.length() + "位";
        }
        if (!text.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return "身份证号前17位必须是数字";
        }
        if (text.length() > 20 && !text.substring(20).matches("B\\d+")) {
            return "第20位之后只能是补发后缀B1、B2等";
        }
        return "残疾人证号格式不正确：应为18位身份证号（末位可为X）+1位类别+1位等级";
    }

    /** A parse outcome: the number, or the reasons it is not one. */
    public record Result(CertificateNumber number, List<String> errors) {
        public boolean valid() {
            return number != null;
        }
    }
}
