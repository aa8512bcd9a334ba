package org.zhuye.person;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The national code lists (民族, 学历, 就业形式, 未就业原因, 生活来源, 家庭关系), read once at start:
 * they change with a migration, never at run time, so there is no cache to go stale.
 */
@Component
public class CodeLists {

    public static final String ETHNICITY = "ethnicity";
    public static final String EDUCATION = "education";
    public static final String EMPLOYMENT_FORM = "employment_form";
    public static final String NOT_EMPLOYED_REASON = "not_employed_reason";
    public static final String LIVELIHOOD = "livelihood";
    public static final String RELATION = "relation";

    private final Map<String, Map<String, String>> lists;

    @org.springframework.beans.factory.annotation.Autowired
    CodeLists(JdbcClient jdbc) {
        Map<String, Map<String, String>> loaded = new LinkedHashMap<>();
        jdbc.sql("SELECT list, code, label FROM code_list ORDER BY list, sort")
                .query((rs, i) -> loaded.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
        this.lists = Collections.unmodifiableMap(loaded);
    }

    /** Lists given directly, for rules tested without a database. */
    public CodeLists(Map<String, Map<String, String>> lists) {
        this.lists = Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    }

    public List<Code> list(String list) {
        return lists.getOrDefault(list, Map.of()).entrySet().stream()
                .map(e -> new Code(e.getKey(), e.getValue())).toList();
    }

    public boolean contains(String list, String code) {
        return code != null && lists.getOrDefault(list, Map.of()).containsKey(code);
    }

    public Optional<String> label(String list, String code) {
        return Optional.ofNullable(code).map(c -> lists.getOrDefault(list, Map.of()).get(c));
    }

    /** The code whose label is {@code label}, for files that carry labels rather than codes. */
    public Optional<String> codeOfLabel(String list, String label) {
        return lists.getOrDefault(list, Map.of()).entrySet().stream()
                .filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey).findFirst();
    }

    public record Code(String code, String label) {
    }
}
