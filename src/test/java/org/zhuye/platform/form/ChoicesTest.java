package org.zhuye.platform.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.platform.form.Choices.Choice;

class ChoicesTest {

    enum Kind {
        ONE("第一"), TWO("第二");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Code(String code, String label) {
    }

    record LabelOnly(String label) {
    }

    private final Choices choices = new Choices();

    @Test
    void anEnumPostsItsNameShowsItsLabelAndIsChosenByEither() {
        assertThat(choices.of(List.of(Kind.values()), "TWO"))
                .containsExactly(new Choice("ONE", "第一", false), new Choice("TWO", "第二", true));
        assertThat(choices.of(List.of(Kind.values()), "第一"))
                .containsExactly(new Choice("ONE", "第一", true), new Choice("TWO", "第二", false));
    }

    @Test
    void anEnumsValuesArrayIsTakenAsItsList() {
        assertThat(choices.of(Kind.values(), "ONE")).extracting(Choice::selected).containsExactly(true, false);
        assertThatThrownBy(() -> choices.of("ONE", null)).hasMessageContaining("java.lang.String");
    }

    @Test
    void aCodeListEntryPostsItsLabelAndIsChosenByItsLabelOrItsCode() {
        List<Code> educations = List.of(new Code("20", "初中"), new Code("30", "高中"));
        assertThat(choices.of(educations, "高中")).extracting(Choice::selected).containsExactly(false, true);
        assertThat(choices.of(educations, "20")).extracting(Choice::selected).containsExactly(true, false);
        assertThat(choices.of(educations, "20")).extracting(Choice::value).containsExactly("初中", "高中");
    }

    @Test
    void theWrittenOptionsAreEscapedAndMarkTheChosenOne() {
        List<Code> odd = List.of(new Code("1", "<b>甲&乙</b>"), new Code("2", "\"丙\""));
        assertThat(choices.html(odd, "2")).isEqualTo("<option value=\"&lt;b&gt;甲&amp;乙&lt;/b&gt;\">&lt;b&gt;甲&amp;乙&lt;/b&gt;</option>"
                + "<option value=\"&quot;丙&quot;\" selected=\"selected\">&quot;丙&quot;</option>");
        assertThat(choices.html(null, "x")).isEmpty();
    }

    @Test
    void nothingIsChosenWithoutAValueAndNoOptionsGiveNoChoices() {
        assertThat(choices.of(List.of(new LabelOnly("甲")), null)).containsExactly(new Choice("甲", "甲", false));
        assertThat(choices.of(null, "x")).isEmpty();
    }

    @Test
    void anOptionWithoutALabelIsRefusedByName() {
        assertThatThrownBy(() -> choices.of(List.of(42), null)).hasMessageContaining("java.lang.Integer");
    }
}
