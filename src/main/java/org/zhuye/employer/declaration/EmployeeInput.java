package org.zhuye.employer.declaration;

/**
 * A disabled employee as typed into the form or sent to the API: all text. Yes/no fields take
 * true/false or 是/否.
 *
 * @param contract        in post (在编) or a labour/service contract of at least one year
 * @param monthlyWage     the monthly wage actually paid, in yuan
 * @param socialInsurance social insurance paid in full
 * @param dispatch        {@link Dispatch} name or label; blank is NONE
 */
public record EmployeeInput(String name, String certificateNumber, String months, String contract,
                            String monthlyWage, String socialInsurance, String dispatch) {

    public static EmployeeInput blank() {
        return new EmployeeInput("", "", "12", "true", "", "true", "NONE");
    }

    /** A row left entirely empty in the form is ignored, not an error. */
    boolean isEmpty() {
        return blank(name) && blank(certificateNumber) && blank(monthlyWage);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
