package org.zhuye.casework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The casework code lists (service kinds, kinds of employment service, outcomes), read once at
 * start: they change by migration. Codes no longer in use keep their labels for old records but
 * are not offered for new ones.
 */
@Component
public class CaseworkCodes {

    public static final String SERVICE_KIND = "service_kind";
    public static final String EMPLOYMENT_SERVICE_TYPE = "employment_service_type";

    private final Map<String, Map<String, Code>> lists;

    @Autowired
    CaseworkCodes(JdbcClient jdbc) {
        Map<String, Map<String, Code>> loaded = new LinkedHashMap<>();
        jdbc.sql("SELECT list, code, label, in_use FROM casework_code ORDER BY list, sort")
                .query((rs, i) -> loaded.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), new Code(rs.getString(2), rs.getString(3), rs.getBoolean(4))))
                .list();
        this.lists = Collections.unmodifiableMap(loaded);
    }

    /** Lists given directly, for rules tested without a database. */
    public CaseworkCodes(Map<String, List<Code>> lists) {
        Map<String, Map<String, Code>> copy = new LinkedHashMap<>();
        lists.forEach((name, codes) -> {
            Map<String, Code> byCode = new LinkedHashMap<>();
            codes.forEach(code -> byCode.put(code.code(), code));
            copy.put(name, byCode);
        });
        this.lists = Collections.unmodifiableMap(copy);
    }

    /** The codes offered for new records, in order. */
    public List<Code> offered(String list) {
        return lists.getOrDefault(list, Map.of()).values().stream().filter(Code::inUse).toList();
    }

    public boolean offers(String list, String code) {
        Code found = code == null ? null : lists.getOrDefault(list, Map.of()).get(code);
        return found != null && found.inUse();
    }

    /** The label of any code ever in the list (the code itself if unknown). */
    public String label(String list, String code) {
        if (code == null) {
            return "";
        }
        Code found = lists.getOrDefault(list, Map.of()).get(code);
        return found == null ? code : found.label();
    }

    /** The labels of several codes joined by 、, or 暂无 when there are none. */
    public String labels(String list, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "暂无";
        }
        return String.join("、", codes.stream().map(code -> label(list, code)).toList());
    }

    public String kindLabel(ServiceKind kind) {
        return label(SERVICE_KIND, kind.name());
    }

    public record Code(String code, String label, boolean inUse) {
    }
}
