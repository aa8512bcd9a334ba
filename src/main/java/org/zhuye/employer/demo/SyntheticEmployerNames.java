package org.zhuye.employer.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names of synthetic employers. Agencies and public institutions are named as real ones are
 * (place + department), so the marker “（虚拟）” at the end is what tells them apart, as for the
 * demo's persons; firms get invented trade names.
 */
final class SyntheticEmployerNames {

    /** Ends every synthetic employer's name (the persons' marker too). */
    static final String MARKER = "（虚拟）";

    private static final List<String> LEAGUE_AGENCIES = List.of("发展和改革委员会", "自然资源局", "生态环境局",
            "交通运输局", "农牧局", "住房和城乡建设局", "市场监督管理局", "林业和草原局", "水利局", "文化旅游体育局",
            "医疗保障局", "统计局", "审计局", "民族事务委员会", "商务局", "应急管理局");
    private static final List<String> COUNTY_AGENCIES = List.of("农牧局", "民政局", "财政局", "教育局", "卫生健康委员会",
            "人力资源和社会保障局", "市场监督管理局", "司法局", "退役军人事务局", "住房和城乡建设局");
    private static final List<String> REGION_AGENCIES = List.of("内蒙古自治区草原监督管理局", "内蒙古自治区地方志办公室",
            "内蒙古自治区乡村振兴服务中心", "内蒙古自治区机关事务服务中心");
    private static final List<String> REGION_HOSPITALS = List.of("内蒙古自治区人民医院", "内蒙古自治区蒙医医院",
            "内蒙古自治区妇幼保健院");
    private static final List<String> REGION_CULTURE = List.of("内蒙古自治区图书馆", "内蒙古自治区群众艺术馆",
            "内蒙古自治区科学技术馆");
    private static final List<String> HOSPITALS = List.of("中心医院", "蒙医医院", "妇幼保健院", "第二人民医院", "中医医院");
    private static final List<String> SCHOOLS = List.of("第一中学", "第二中学", "蒙古族中学", "实验小学", "第三小学",
            "职业中学", "第一幼儿园");
    private static final List<String> STATE_FIRMS = List.of("城市投资发展集团有限公司", "水务集团有限公司",
            "热力有限责任公司", "公共交通有限责任公司", "能源投资集团有限公司", "交通投资有限公司", "供销社商贸有限公司");
    private static final List<String> TRADE_NAMES = List.of("草原", "金穗", "蒙源", "北疆", "恒泰", "鸿达", "瑞丰", "天骄",
            "绿野", "祥和", "敕勒川", "腾格里", "乌珠穆", "白云", "塞外", "驼铃", "阿日善", "青城", "河套", "巴音");
    private static final List<String> TRADES = List.of("乳业有限公司", "羊绒制品有限公司", "肉业有限责任公司",
            "物流有限公司", "商贸有限公司", "餐饮管理有限公司", "建筑工程有限公司", "信息技术有限公司",
            "农牧业科技有限公司", "酒店管理有限公司", "汽车维修服务有限公司", "家政服务有限公司");
    private static final List<String> SOCIAL = List.of("残疾人康复协会", "志愿者协会", "社会工作服务中心", "养老服务中心",
            "盲人按摩协会", "助残服务中心");

    private SyntheticEmployerNames() {
    }

    static String leagueAgency(String league, SplittableRandom random) {
        return league + pick(LEAGUE_AGENCIES, random) + MARKER;
    }

    static String countyAgency(String county, SplittableRandom random) {
        return county + pick(COUNTY_AGENCIES, random) + MARKER;
    }

    static String regionAgency(SplittableRandom random) {
        return pick(REGION_AGENCIES, random) + MARKER;
    }

    static String regionHospital(SplittableRandom random) {
        return pick(REGION_HOSPITALS, random) + MARKER;
    }

    static String regionCulture(SplittableRandom random) {
        return pick(REGION_CULTURE, random) + MARKER;
    }

    static String hospital(String league, SplittableRandom random) {
        return league + pick(HOSPITALS, random) + MARKER;
    }

    static String school(String county, SplittableRandom random) {
        return county + pick(SCHOOLS, random) + MARKER;
    }

    static String stateFirm(String league, SplittableRandom random) {
        return shortName(league) + pick(STATE_FIRMS, random) + MARKER;
    }

    static String privateFirm(String county, SplittableRandom random) {
        return shortName(county) + pick(TRADE_NAMES, random) + pick(TRADES, random) + MARKER;
    }

    /** A 社会团体 (协会) or a 民办非企业单位 (中心). */
    static String socialOrganisation(String league, SplittableRandom random) {
        return league + pick(SOCIAL, random) + MARKER;
    }

    /** 赤峰市 → 赤峰, 锡林郭勒盟 → 锡林郭勒, 达拉特旗 → 达拉特: how firms put their place in their name. */
    static String shortName(String place) {
        return place.length() > 2 && place.matches(".*[市盟旗县区]") ? place.substring(0, place.length() - 1) : place;
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
