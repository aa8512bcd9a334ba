package org.zhuye.casework.demand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.casework.OccupationList;

/**
 * 职业分类大典（2022年版）: the 8 大类 and 79 中类 ({@code occupation_class}), read once at start:
 * they change only with a new edition, by migration.
 */
@Component
public class OccupationClasses implements OccupationList {

    private final Map<String, Occupation> byCode;
    private final List<Major> majors;

    OccupationClasses(JdbcClient jdbc) {
        Map<String, Occupation> all = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name, parent FROM occupation_class ORDER BY code")
                .query((rs, i) -> all.put(rs.getString(1), new Occupation(rs.getString(1), rs.getString(2), rs.getString(3))))
                .list();
        List<Major> grouped = new ArrayList<>();
        for (Occupation o : all.values()) {
            if (o.parent() == null) {
                grouped.add(new Major(o, all.values().stream().filter(m -> o.code().equals(m.parent())).toList()));
            }
        }
        this.byCode = Collections.unmodifiableMap(all);
        this.majors = List.copyOf(grouped);
    }

    @Override
    public String name(String code) {
        Occupation o = code == null ? null : byCode.get(code);
        return o == null ? "" : o.name();
    }

    @Override
    public List<Group> groups() {
        return majors.stream().map(m -> new Group(entry(m.major()), m.minors().stream().map(OccupationClasses::entry).toList()))
                .toList();
    }

    private static Entry entry(Occupation o) {
        return new Entry(o.code(), o.name());
    }

    public List<Major> majors() {
        return majors;
    }

    @Override
    public boolean known(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** "4-01 批发与零售服务人员", or the code itself if unknown. */
    public String label(String code) {
        Occupation o = byCode.get(code);
        return o == null ? code : o.code() + " " + o.name();
    }

    public String labels(List<String> codes) {
        return codes == null || codes.isEmpty() ? "暂无" : String.join("、", codes.stream().map(this::label).toList());
    }

    public record Occupation(String code, String name, String parent) {
    }

    public record Major(Occupation major, List<Occupation> minors) {
    }
}
