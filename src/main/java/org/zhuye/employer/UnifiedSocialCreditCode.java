package org.zhuye.employer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from digits and
 * capital letters without I, O, Z, S and V.
 * <ul>
 *   <li>1: registration authority (登记管理部门), 2: organisation category (机构类别),</li>
 *   <li>3–8: the registering authority's administrative division code (GB/T 2260),</li>
 *   <li>9–17: the organisation code (组织机构代码, GB 11714) with its own check character at 17,</li>
 *   <li>18: the check character over the first 17 (ISO 7064 style, weights 3^i mod 31).</li>
 * </ul>
 * Every rule that fails is reported, each in its own Chinese message, so a clerk copying a
 * certificate sees exactly which part is wrong.
 */
public record UnifiedSocialCreditCode(String value) {

    /** The 31 characters a code may use, in the order of their values 0–30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /** GB/T 2260 province codes, and 10 for units registered by central authorities (100000). */
    private static final Set<String> PROVINCES = Set.of("10", "11", "12", "13", "14", "15", "21", "22", "23", "31",
            "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61",
            "62", "63", "64", "65", "71", "81", "82");

    public UnifiedSocialCreditCode {
        List<String> problems = problems(value);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("；", problems));
        }
    }

    /** Reads a code as typed: surrounding spaces and inner spaces or hyphens dropped, letters capitalised. */
    public static Result parse(String text) {
        String normalised = normalise(text);
        List<String> problems = problems(normalised);
        return problems.isEmpty() ? new Result(new UnifiedSocialCreditCode(normalised), List.of())
                : new Result(null, List.copyOf(problems));
    }

    public static String normalise(String text) {
        return text == null ? "" : text.strip().replace(" ", "").replace("-", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** The 18th character for the first 17. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714: the 9th character of an organisation code for its first 8 (letters count A=10 … Z=35). */
    public static char organisationCheckCharacter(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    public String registrationAuthority() {
        return CreditCodeCategories.authority(value.charAt(0)).orElseThrow().name();
    }

    public String organisationCategory() {
        return CreditCodeCategories.authority(value.charAt(0)).orElseThrow().categories().get(value.charAt(1));
    }

    public String divisionCode() {
        return value.substring(2, 8);
    }

    public String organisationCode() {
        return value.substring(8, 17);
    }

    @Override
    public String toString() {
        return value;
    }

    private static List<String> problems(String code) {
        List<String> problems = new ArrayList<>();
        if (code == null || code.isEmpty()) {
            problems.add("统一社会信用代码不能为空");
            return problems;
        }
        List<String> badCharacters = new ArrayList<>();
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                badCharacters.add("第" + (i + 1) + "位“" + code.charAt(i) + "”");
            }
        }
        if (!badCharacters.isEmpty()) {
            problems.add(String.join("、", badCharacters) + "不能用于统一社会信用代码（只用数字和除I、O、Z、S、V以外的大写字母）");
        }
        if (code.length() != 18) {
            problems.add("统一社会信用代码须为18位，现为" + code.length() + "位");
            return problems;
        }
        var authority = CreditCodeCategories.authority(code.charAt(0));
        if (authority.isEmpty()) {
            problems.add("第1位登记管理部门代码“" + code.charAt(0) + "”不存在，应为" + CreditCodeCategories.authorityList() + "之一");
        } else if (!authority.get().categories().containsKey(code.charAt(1))) {
            problems.add("第2位机构类别代码“" + code.charAt(1) + "”不属于登记管理部门“" + authority.get().name()
                    + "”，应为" + CreditCodeCategories.categoryList(authority.get()) + "之一");
        }
        String division = code.substring(2, 8);
        if (!division.chars().allMatch(Character::isDigit)) {
            problems.add("第3至8位登记管理机关行政区划码“" + division + "”须为6位数字");
        } else if (!PROVINCES.contains(division.substring(0, 2)) || (division.startsWith("10") && !division.equals("100000"))) {
            problems.add("第3至8位登记管理机关行政区划码“" + division + "”不是有效的行政区划代码（前两位应为省级代码，中央登记为100000）");
        }
        if (!badCharacters.isEmpty()) {
            return problems;
        }
        String organisation = code.substring(8, 17);
        char expectedOrganisationCheck = organisationCheckCharacter(organisation);
        if (organisation.charAt(8) != expectedOrganisationCheck) {
            problems.add("第9至17位组织机构代码“" + organisation + "”的校验码（第17位）应为“" + expectedOrganisationCheck
                    + "”，现为“" + organisation.charAt(8) + "”（GB 11714）");
        }
        char expectedCheck = checkCharacter(code);
        if (code.charAt(17) != expectedCheck) {
            problems.add("第18位校验码应为“" + expectedCheck + "”，现为“" + code.charAt(17) + "”：代码中可能有一位抄错了");
        }
        return problems;
    }

    /** A parsed code, or every reason it is not one. */
    public record Result(UnifiedSocialCreditCode code, List<String> errors) {
        public boolean valid() {
            return code != null;
        }
    }
}
