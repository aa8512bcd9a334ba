package org.zhuye.institution.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.parameter.ParameterKeeping;
import org.zhuye.testing.ZhuyeTest;

/** The 评定方案 and 奖补标准 on 参数管理: every problem of a row named at its field; a valid row kept and used. */
@ZhuyeTest
class RatingParameterKindsTest {

    @Autowired
    ParameterKeeping keeping;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    RatingParameters parameters;

    @Test
    void aSchemeRowIsCheckedFieldByFieldAndAValidOneAppliesFromItsDay() {
        var kind = keeping.kind(RatingSchemeKind.DESCRIPTION.key()).orElseThrow();
        Map<String, String> form = new HashMap<>(Map.of("regionPrefix", "15", "validFrom", "2090-01-01", "evidence", "U",
                "source", "测试：未找到原文", "kind", "INCUBATOR", "criteria", "场地:30;制度:三十", "outcomes", "服务人数:10;好评:5",
                "bands", "五级:90;四级:95", "shrinkK", "0", "fullRatioPercent", "150"));
        Map<String, String> errors = keeping.add(kind, form, accounts.provinceAdmin());
        assertThat(errors).containsKeys("criteria", "outcomes", "bands", "shrinkK");
        assertThat(errors.get("outcomes")).contains("“好评”不是可计算的成效");

        form.putAll(Map.of("criteria", "场地与无障碍:40;服务质量:40", "outcomes", "服务人数:10;转入就业:10", "bands", "甲:80;乙:60",
                "shrinkK", "30"));
        assertThat(keeping.add(kind, form, accounts.provinceAdmin())).isEmpty();
        var used = parameters.scheme(InstitutionKind.INCUBATOR, "150721100001", 2090);
        assertThat(used.scheme().bands()).extracting(RatingScheme.Band::grade).containsExactly("甲", "乙");
        assertThat(used.scheme().shrinkK()).isEqualTo(30);
        assertThat(parameters.scheme(InstitutionKind.INCUBATOR, "150721100001", 2089).scheme().shrinkK()).isEqualTo(20);

        var subsidy = keeping.kind(RatingSubsidyKind.DESCRIPTION.key()).orElseThrow();
        assertThat(keeping.add(subsidy, Map.of("regionPrefix", "1507", "validFrom", "2090-01-01", "evidence", "U",
                "source", "测试", "grades", "甲:1万", "cap", "abc"), accounts.provinceAdmin()))
                .containsEntry("grades", "各等级奖补中“甲”应写成 定额+每人金额，如 50000+300")
                .containsEntry("cap", "每个机构上限须为 0 到 10000000 的整数（元）");
    }
}
