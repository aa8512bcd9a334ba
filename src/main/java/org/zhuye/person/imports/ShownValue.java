package org.zhuye.person.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhuye.platform.csv.RowError;

/**
 * What of a cell an import error may keep. Errors are stored after the import and shown on the
 * job page, in the API answer and in errors.xlsx without an audit record, so a value that looks
 * like a certificate, ID or phone number is masked wherever it was found (a row shifted by one
 * column puts the certificate number under 姓名), control characters (a NUL cannot even be stored)
 * are replaced, and only the first few dozen characters are kept: the row and column are what the
 * user needs to find the cell, and a 50 MB cell must not come back twice in every answer.
 */
final class ShownValue {

    static final int MAX_CHARS = 40;
    private static final int MAX_RULE_CHARS = 300;

    /**
     * Digits, possibly with spaces or hyphens between them, and an ID's check character X, which a
     * certificate number has in the middle (its category and grade follow).
     */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\dXx \\-]*[\\dXx])?");

    private ShownValue() {
    }

    /** The error as it may be kept: its value masked and shortened, its column and rule shortened. */
    static RowError of(RowError error) {
        return new RowError(error.row(), clip(printable(error.column()), MAX_CHARS), of(error.value()),
                clip(printable(error.rule()), MAX_RULE_CHARS));
    }

    /** The value as an error may show it. */
    static String of(String value) {
        if (value == null) {
            return null;
        }
        // Shortened before masking so a huge cell costs little, and after it so no half number is left.
        return clip(mask(printable(clip(PersonTemplate.trim(value), 4 * MAX_CHARS))), MAX_CHARS);
    }

    private static String mask(String text) {
        Matcher run = DIGIT_RUN.matcher(text);
        StringBuilder masked = new StringBuilder(text.length());
        while (run.find()) {
            run.appendReplacement(masked, Matcher.quoteReplacement(maskRun(run.group())));
        }
        run.appendTail(masked);
        return masked.toString();
    }

    /**
     * Masks a run that looks like an identifier: 13 or more digits (certificate, ID, a number with
     * a country code), a mobile number (11 digits from 1), a landline with its area code (10–12
     * digits from 0). Dates, amounts and 12-digit region codes stay readable.
     */
    private static String maskRun(String run) {
        int digits = (int) run.chars().filter(Character::isDigit).count();
        boolean identifier = digits >= 13 || (digits == 11 && run.charAt(0) == '1')
                || (run.charAt(0) == '0' && digits >= 10 && digits <= 12);
        if (!identifier) {
            return run;
        }
        int keepStart = digits >= 15 ? 6 : 3;
        StringBuilder masked = new StringBuilder(run.length());
        int seen = 0;
        int total = run.length();
        for (int i = 0; i < total; i++) {
            char c = run.charAt(i);
            boolean symbol = Character.isDigit(c) || c == 'X' || c == 'x';
            if (symbol) {
                seen++;
            }
            masked.append(symbol && seen > keepStart && i < total - 4 ? '*' : c);
        }
        return masked.toString();
    }

    private static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
        return clean.toString();
    }

    private static String clip(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }
}
