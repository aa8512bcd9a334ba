package org.zhuye.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;
import tools.jackson.databind.json.JsonMapper;

class ChangeFormatterTest {

    /** A module's vocabulary as modules write them: labels, a code list, an enum, a reference. */
    private static final ChangeVocabulary PERSON = new FieldVocabulary("person", "人员", Map.of("education", "文化程度",
            "hukou", "户籍", "regionCode", "居住地", "mergedInto", "已合并到", "phone", "联系电话", "multipleCategories", "多重残疾类别")) {

        @Override
        public Optional<String> valueLabel(String field, String value) {
            return switch (field) {
                case "education" -> Optional.ofNullable(Map.of("30", "初中", "40", "高中").get(value));
                case "hukou" -> Optional.ofNullable(Map.of("URBAN", "城镇", "RURAL", "农村").get(value));
                case "multipleCategories" -> Optional.ofNullable(Map.of("1", "视力残疾", "2", "听力残疾").get(value));
                default -> Optional.empty();
            };
        }

        @Override
        public List<String> fieldOrder() {
            return List.of("education", "regionCode", "hukou");
        }

        @Override
        public Optional<String> referenceType(String field) {
            return "mergedInto".equals(field) ? Optional.of("person") : Optional.empty();
        }

        @Override
        public Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
            return Optional.empty();
        }
    };

    private final ChangeFormatter formatter = new ChangeFormatter(List.of(PERSON),
            code -> "150102001001".equals(code) ? Optional.of("光明社区") : Optional.empty(),
            (type, id) -> "2890".equals(id) ? Optional.of(new Reference("张三", "/persons/2890")) : Optional.empty(),
            ZoneId.of("Asia/Shanghai"));

    @Test
    void aCorrectionReadsFieldLabelAndCodeListLabelsBeforeAndAfter() {
        List<ChangeLine> lines = formatter.lines("person", Map.of("education", "30"), Map.of("education", "40"));

        assertThat(lines).extracting(ChangeLine::text).containsExactly("文化程度：初中 → 高中");
    }

    @Test
    void aRegistrationReadsEachValueWithoutAnArrow() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("hukou", "URBAN");
        after.put("regionCode", "150102001001");
        after.put("multipleCategories", List.of(1, 2));
        after.put("phone", "138****5678");

        assertThat(formatter.lines("person", null, after)).extracting(ChangeLine::text)
                .containsExactly("居住地：光明社区", "户籍：城镇", "多重残疾类别：视力残疾、听力残疾", "联系电话：138****5678");
    }

    @Test
    void fieldsReadInTheVocabularysOrderWhateverOrderTheDatabaseKeptThemIn() {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("phone", "138****5678");
        stored.put("hukou", "RURAL");
        stored.put("education", "30");

        assertThat(formatter.lines("person", null, stored)).extracting(ChangeLine::label)
                .containsExactly("文化程度", "户籍", "联系电话");
    }

    @Test
    void aClearedValueReadsAsNotFilledAndBooleansAsYesOrNo() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("phone", "138****5678");
        before.put("school", true);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("phone", null);
        after.put("school", false);

        assertThat(formatter.lines("person", before, after)).extracting(ChangeLine::text)
                .containsExactly("联系电话：138****5678 → 未填", "其他（school）：是 → 否");
    }

    @Test
    void anotherPersonIsNamedAndLinkedOrOnlyCalledAPersonWhenOutOfSight() {
        ChangeLine visible = formatter.lines("person", null, Map.of("mergedInto", 2890)).get(0);
        ChangeLine hidden = formatter.lines("person", null, Map.of("mergedInto", 17)).get(0);

        assertThat(visible.after()).isEqualTo(new Reference("张三", "/persons/2890"));
        assertThat(visible.text()).isEqualTo("已合并到：张三");
        assertThat(hidden.text()).isEqualTo("已合并到：人员（不在您的辖区内）").doesNotContain("17");
    }

    @Test
    void anUnknownFieldFallsBackToItsWordsUnder其他() {
        assertThat(formatter.lines("employer", null, Map.of("someNewField", "x"))).extracting(ChangeLine::text)
                .containsExactly("其他（some new field）：x");
        assertThat(formatter.objectLabel("employer")).isEqualTo("记录");
    }

    @Test
    void instantsAreShownInTheSystemZoneToTheMinute() {
        assertThat(formatter.lines("person", null, Map.of("decidedAt", "2026-12-05T06:03:41.123Z")))
                .extracting(ChangeLine::text).containsExactly("其他（decided at）：2026-12-05 14:03");
    }

    /**
     * Whatever a module records — nested maps, lists, nulls, numbers, flags, fields nobody labelled —
     * the lines never carry JSON's braces, brackets or quotes, nor an identifier-shaped field name.
     * The states go through JSON and back as the stored ones do. Strings are drawn without JSON's
     * delimiters: a value someone typed is shown as typed, and is not what this property is about.
     */
    @Test
    void nothingJsonShapedEverComesOut() {
        JsonMapper json = JsonMapper.builder().build();
        Tries.check(500, inputs -> {
            Map<String, Object> before = inputs.bool() ? null : changeMap(inputs, 0);
            Map<String, Object> after = changeMap(inputs, 0);
            @SuppressWarnings("unchecked")
            Map<String, Object> storedBefore = before == null ? null : json.readValue(json.writeValueAsString(before), Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> storedAfter = json.readValue(json.writeValueAsString(after), Map.class);

            for (ChangeLine line : formatter.lines(inputs.oneOf("person", "employer"), storedBefore, storedAfter)) {
                assertThat(line.text()).doesNotContain("{", "}", "[", "]", "\"", "null", "true", "false");
                for (String field : storedAfter.keySet()) {
                    if (field.chars().anyMatch(Character::isUpperCase)) {
                        assertThat(line.text()).doesNotContain(field);
                    }
                }
            }
        });
    }

    private static Map<String, Object> changeMap(Inputs inputs, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = inputs.between(0, 5);
        for (int i = 0; i < size; i++) {
            map.put(inputs.oneOf("education", "hukou", "regionCode", "mergedInto", "phone", "multipleCategories",
                    "someField", "registeredOn", "guardian_name", "x", inputs.string("abcXYZ_", 1, 8)), value(inputs, depth));
        }
        return map;
    }

    private static Object value(Inputs inputs, int depth) {
        return switch (inputs.between(0, depth < 2 ? 8 : 6)) {
            case 0 -> null;
            case 1 -> inputs.bool();
            case 2 -> inputs.between(-5, 5000);
            case 3 -> inputs.decimal(new java.math.BigDecimal("-100"), new java.math.BigDecimal("100000"), 2);
            case 4 -> inputs.oneOf("30", "40", "URBAN", "RURAL", "150102001001", "2026-12-05T06:03:41Z", "");
            case 5, 6 -> inputs.string("张三初中高中abc123 -_.:：，、", 0, 12);
            case 7 -> {
                List<Object> list = new ArrayList<>();
                int size = inputs.between(0, 4);
                for (int i = 0; i < size; i++) {
                    list.add(value(inputs, depth + 1));
                }
                yield list;
            }
            default -> changeMap(inputs, depth + 1);
        };
    }
}
