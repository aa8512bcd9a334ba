package org.zhuye.person.synthetic;

import java.util.HashMap;
import java.util.Map;

/**
 * 民族 shares of the synthetic population by 盟市 (2020 census, rounded), with the Daur, Evenki and
 * Oroqen banners of 呼伦贝尔 on their own. 汉族 is the rest; overall 蒙古族 come to about 18%.
 */
final class SyntheticEthnicity {

    private static final Map<String, double[]> SHARES = new HashMap<>();

    static {
        // 蒙古族, 满族, 回族, 达斡尔族, 鄂温克族, 鄂伦春族, 朝鲜族 (per cent); 汉族 the rest.
        SHARES.put("1501", new double[]{11, 1.0, 2.4, 0.1, 0.05, 0, 0.05});
        SHARES.put("1502", new double[]{4.5, 0.9, 1.0, 0.05, 0, 0, 0.05});
        SHARES.put("1503", new double[]{3, 0.5, 0.6, 0, 0, 0, 0});
        SHARES.put("1504", new double[]{19, 5.5, 0.6, 0, 0, 0, 0.05});
        SHARES.put("1505", new double[]{46, 1.1, 0.4, 0, 0, 0, 0.1});
        SHARES.put("1506", new double[]{11, 0.3, 0.3, 0, 0, 0, 0});
        SHARES.put("1507", new double[]{9, 4.3, 0.6, 2.0, 0.8, 0.1, 0.2});
        SHARES.put("1508", new double[]{5, 0.3, 0.4, 0, 0, 0, 0});
        SHARES.put("1509", new double[]{2, 0.3, 0.3, 0, 0, 0, 0});
        SHARES.put("1522", new double[]{42, 1.4, 0.3, 0, 0, 0, 0.4});
        SHARES.put("1525", new double[]{32, 1.1, 0.6, 0, 0, 0, 0});
        SHARES.put("1529", new double[]{28, 0.2, 1.0, 0, 0, 0, 0});
        SHARES.put("150722", new double[]{9, 2.0, 0.3, 12, 0.5, 0.3, 0.1}); // 莫力达瓦达斡尔族自治旗
        SHARES.put("150723", new double[]{6, 3.0, 0.3, 2.0, 0.5, 2.5, 0.1}); // 鄂伦春自治旗
        SHARES.put("150724", new double[]{30, 1.5, 0.5, 5.0, 10, 0.1, 0.1}); // 鄂温克族自治旗
    }

    private static final String[] PEOPLES = {"蒙古族", "满族", "回族", "达斡尔族", "鄂温克族", "鄂伦春族", "朝鲜族"};

    static SyntheticShares<String> of(String county) {
        double[] shares = SHARES.getOrDefault(county, SHARES.getOrDefault(county.substring(0, 4),
                new double[]{18, 1.9, 0.8, 0.3, 0.1, 0, 0.1}));
        SyntheticShares<String> result = new SyntheticShares<>();
        double others = 0;
        for (int i = 0; i < PEOPLES.length; i++) {
            others += shares[i];
        }
        result.with("汉族", 100 - others);
        for (int i = 0; i < PEOPLES.length; i++) {
            result.with(PEOPLES[i], shares[i]);
        }
        return result;
    }

    private SyntheticEthnicity() {
    }
}
