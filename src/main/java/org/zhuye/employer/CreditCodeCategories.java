package org.zhuye.employer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first two characters of a unified social credit code: the registration authority
 * (登记管理部门) and, under it, the organisation category (机构类别). GB 32100-2015 lists
 * 1 机构编制, 5 民政, 9 工商 and Y 其他; the code centre (全国组织机构统一社会信用代码数据服务中心)
 * has since assigned the other authorities and categories below, which appear on real
 * certificates, so refusing them would refuse real units.
 */
final class CreditCodeCategories {

    record Authority(char code, String name, Map<Character, String> categories) {
    }

    private static final Map<Character, Authority> AUTHORITIES = new LinkedHashMap<>();

    static {
        add('1', "机构编制", "1机关", "2事业单位", "3中央编办直接管理机构编制的群众团体", "9其他");
        add('2', "外交", "1外国常驻新闻机构", "9其他");
        add('3', "司法行政", "1律师执业机构", "2公证处", "3基层法律服务所", "4司法鉴定机构", "5仲裁委员会",
                "6商事调解组织", "9其他");
        add('4', "文化", "1外国在华文化中心", "9其他");
        add('5', "民政", "1社会团体", "2民办非企业单位", "3基金会", "4村民委员会", "5居民委员会", "9其他");
        add('6', "旅游", "1外国旅游部门常驻代表机构", "2港澳台地区旅游部门常驻内地（大陆）代表机构", "9其他");
        add('7', "宗教", "1宗教活动场所", "2宗教院校", "9其他");
        add('8', "工会", "1基层工会", "2非法人工会组织", "9其他");
        add('9', "工商（市场监管）", "1企业", "2个体工商户", "3农民专业合作社");
        add('A', "中央军委改革和编制办公室", "1军队事业单位", "9其他");
        add('G', "公安", "1境外非政府组织代表机构", "9其他");
        add('J', "住房和城乡建设", "1业主大会", "9其他");
        add('N', "农业农村", "1组级集体经济组织", "2村级集体经济组织", "3乡镇级集体经济组织", "9其他");
        add('Q', "侨联", "1区县级侨联组织", "2乡镇级侨联组织", "3村级侨联组织", "9其他");
        add('Y', "其他", "1其他");
    }

    private CreditCodeCategories() {
    }

    private static void add(char code, String name, String... categories) {
        Map<Character, String> byCode = new LinkedHashMap<>();
        for (String category : categories) {
            byCode.put(category.charAt(0), category.substring(1));
        }
        AUTHORITIES.put(code, new Authority(code, name, java.util.Collections.unmodifiableMap(byCode)));
    }

    static Optional<Authority> authority(char code) {
        return Optional.ofNullable(AUTHORITIES.get(code));
    }

    /** "1机构编制、5民政、9工商…" for messages. */
    static String authorityList() {
        StringBuilder list = new StringBuilder();
        AUTHORITIES.values().forEach(a -> list.append(list.isEmpty() ? "" : "、").append(a.code()).append(a.name()));
        return list.toString();
    }

    static String categoryList(Authority authority) {
        StringBuilder list = new StringBuilder();
        authority.categories().forEach((code, name) -> list.append(list.isEmpty() ? "" : "、").append(code).append(name));
        return list.toString();
    }
}
