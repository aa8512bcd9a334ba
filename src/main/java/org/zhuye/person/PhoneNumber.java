package org.zhuye.person;

import java.util.regex.Pattern;

/** Mainland mobile (11 digits from 13–19) or landline numbers with area code, as people write them. */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    private PhoneNumber() {
    }

    /** Spaces and a +86 prefix removed; null for blank input. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String compact = text.strip().replace(" ", "");
        if (compact.startsWith("+86")) {
            compact = compact.substring(3);
        }
        return compact;
    }

    public static boolean isValid(String normalised) {
        return MOBILE.matcher(normalised).matches() || LANDLINE.matcher(normalised).matches();
    }

    /** Keeps the first three and last four digits: 138****0000. */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
