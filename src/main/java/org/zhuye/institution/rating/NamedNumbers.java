package org.zhuye.institution.rating;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The compact text the rating parameters are kept in on the 参数管理 pages: {@code 名称:数;名称:数}. Parsing
 * collects every problem of the text, naming the item, rather than stopping at the first.
 */
record NamedNumbers(List<Item> items) {

    record Item(String name, String value) {
    }

    /** The items of {@code text}; each unreadable part or repeated name is added to {@code problems}. */
    static NamedNumbers parse(String text, String what, List<String> problems) {
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (text == null || text.isBlank()) {
            problems.add("请填写" + what);
            return new NamedNumbers(items);
        }
        for (String part : text.split("[;；]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("[:：]", -1);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                problems.add(what + "中“" + part.strip() + "”应写成 名称:数值");
                continue;
            }
            String name = pair[0].strip();
            if (!seen.add(name)) {
                problems.add(what + "中“" + name + "”重复");
                continue;
            }
            items.add(new Item(name, pair[1].strip()));
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add("请填写" + what);
        }
        return new NamedNumbers(List.copyOf(items));
    }

    /** The item's value as a whole number from min to max, or null with the problem added. */
    static Integer whole(Item item, String what, int min, int max, List<String> problems) {
        if (item.value().matches("\\d{1,7}")) {
            int value = Integer.parseInt(item.value());
            if (value >= min && value <= max) {
                return value;
            }
        }
        problems.add(what + "中“" + item.name() + "”的值须为 " + min + " 到 " + max + " 的整数");
        return null;
    }
}
