package org.zhuye.monitoring.bulletin;

/**
 * How a 通报 names the whole of its region and its children, as the federation writes: 全区 for the
 * autonomous region, 全盟 or 全市 for a league by the last character of its name, 全旗, 全县 or 全区 for a county
 * (a city-level county 全市), 全镇, 全乡 or 全苏木 for a township; the children are 盟市, 旗县（市、区）, 苏木乡镇, 嘎查村.
 */
final class RegionReference {

    private RegionReference() {
    }

    static String whole(String name, int level) {
        String n = name == null ? "" : name.strip();
        if (level == 1) {
            if (n.endsWith("省")) {
                return "全省";
            }
            return n.endsWith("市") ? "全市" : "全区";
        }
        for (String ending : new String[] {"苏木", "街道", "嘎查", "社区"}) {
            if (n.endsWith(ending)) {
                return "全" + ending;
            }
        }
        if (n.isEmpty()) {
            return "全辖区";
        }
        return "全" + n.charAt(n.length() - 1);
    }

    /** The name of the region's children as a group: 盟市 under the province, 旗县（市、区） under a league… */
    static String children(int level) {
        return switch (level) {
            case 1 -> "盟市";
            case 2 -> "旗县（市、区）";
            case 3 -> "苏木乡镇";
            default -> "嘎查村（社区）";
        };
    }
}
