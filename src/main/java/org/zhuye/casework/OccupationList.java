package org.zhuye.casework;

import java.util.List;

/**
 * 职业分类大典（2022年版）as other modules read it (the jobs module's postings and profiles): its codes
 * ({@code 4} a 大类, {@code 4-01} a 中类), names and grouping. Casework keeps the table
 * ({@code occupation_class}); this root type is the one way in, since its sub-packages are closed.
 */
public interface OccupationList {

    boolean known(String code);

    /** The name alone (批发与零售服务人员), or empty for an unknown code. */
    String name(String code);

    /** The 大类 in code order, each with its 中类. */
    List<Group> groups();

    record Entry(String code, String name) {
        /** "4-01 批发与零售服务人员". */
        public String label() {
            return code + " " + name;
        }
    }

    record Group(Entry major, List<Entry> minors) {
    }
}
