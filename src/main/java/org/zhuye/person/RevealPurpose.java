package org.zhuye.person;

import java.util.List;
import java.util.Map;

/**
 * Why someone looks at a full certificate or phone number. Staff choose it from a short fixed
 * list, or 其他 with their own words; the audit entry of the reveal keeps it, so a reviewer can
 * tell a home visit from curiosity.
 */
public record RevealPurpose(String text) {

    static final String OTHER = "其他";
    private static final int MAX_OTHER = 50;

    /** The choices the reveal form offers, as a select's options (value and label are the same words). */
    public static final List<CodeLists.Code> CHOICES = List.of("核实身份", "上门服务", "联系本人或监护人",
            "推荐就业或岗位对接", "核对年审申报", OTHER).stream().map(s -> new CodeLists.Code(s, s)).toList();

    /** Opening the edit form shows the full numbers because they are being corrected. */
    static final RevealPurpose EDITING = new RevealPurpose("修改登记信息");

    /** An employer's declaration names its employees by certificate number. */
    public static final RevealPurpose DECLARATION = new RevealPurpose("核对年审申报");

    /** The purpose a form sent: one of {@link #CHOICES}, and for 其他 the words given. */
    public static RevealPurpose of(String choice, String other) {
        String chosen = choice == null ? "" : choice.strip();
        String words = other == null ? "" : other.strip();
        if (chosen.isEmpty()) {
            throw new PersonRuleException(Map.of("purpose", "请选择查看完整号码的用途"));
        }
        if (CHOICES.stream().noneMatch(c -> c.label().equals(chosen))) {
            throw new PersonRuleException(Map.of("purpose", "查看用途须从列表中选择"));
        }
        if (!chosen.equals(OTHER)) {
            return new RevealPurpose(chosen);
        }
        if (words.isEmpty()) {
            throw new PersonRuleException(Map.of("purposeOther", "选择“其他”时须说明用途"));
        }
        if (words.length() > MAX_OTHER) {
            throw new PersonRuleException(Map.of("purposeOther", "用途说明不超过" + MAX_OTHER + "个字"));
        }
        return new RevealPurpose(OTHER + "：" + words);
    }
}
