package org.zhuye.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/** The one region picker: its endpoint, and a form that reloads without script. */
@ZhuyeTest
class RegionPickerTest {

    private static final String CHIFENG = "150400000000";
    private static final String SONGSHAN = "150404000000";

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    private PageSession chifengStaff() {
        var user = accounts.create("picker-chifeng", CHIFENG, Role.STAFF);
        return PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD);
    }

    @Test
    void theEndpointListsTheChosenRegionsChildrenInsideTheJurisdiction() {
        PageSession.Page page = chifengStaff().htmxGet("/regions/picker?field=regionCode&deepest=5&regionCode=" + SONGSHAN);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<option value=\"150404000000\" selected=\"selected\">松山区</option>")
                .contains(">老府镇</option>").contains(">红山区</option>")
                .doesNotContain("呼和浩特市").doesNotContain("新城区");
    }

    @Test
    void aParentOutsideTheJurisdictionAnswers404AndNamesNothing() {
        PageSession staff = chifengStaff();

        PageSession.Page hohhot = staff.htmxGet("/regions/picker?field=regionCode&regionCode=150100000000");
        PageSession.Page found = staff.htmxGet("/regions/picker?field=regionCode&picker.fields=regionCode"
                + "&picker.found.regionCode=150102001001");

        assertThat(hohhot.status()).isEqualTo(404);
        assertThat(hohhot.body()).doesNotContain("新城区");
        assertThat(found.status()).isEqualTo(404);
        assertThat(found.body()).doesNotContain("公主府");
    }

    @Test
    void searchByNameFindsPlacesInsideTheJurisdictionWithTheirParentsNames() {
        PageSession.Page page = chifengStaff().htmxGet("/regions/picker?field=regionCode&deepest=5&picker.q.regionCode="
                + URLEncoder.encode("白音", StandardCharsets.UTF_8));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("白音波罗村委会 · 老府镇 · 松山区")
                // 包头's 白音查干嘎查村 and 白音席勒街道 are outside 赤峰
                .doesNotContain("白音查干").doesNotContain("白音席勒");
    }

    @Test
    void aFieldOffersNoLevelBelowTheDeepestItTakes() {
        PageSession staff = chifengStaff();

        PageSession.Page counties = staff.htmxGet("/regions/picker?field=regionCode&deepest=3&regionCode=" + SONGSHAN
                + "&picker.q.regionCode=" + URLEncoder.encode("老府", StandardCharsets.UTF_8));
        PageSession.Page villages = staff.htmxGet("/regions/picker?field=regionCode&deepest=5&regionCode=150404104000");

        assertThat(counties.body()).contains(">松山区</option>").doesNotContain(">老府镇</option>")
                .contains("没有找到名称含“<span>老府</span>”的地方");
        assertThat(villages.body()).contains(">老府村委会</option>");
    }

    @Test
    void choosingALeagueWithoutScriptBringsTheFormBackWithItsCountiesAndWhatWasTyped() {
        var user = accounts.create("picker-province", "150000000000", Role.STAFF);
        PageSession staff = PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD);
        staff.get("/persons/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "包乌日娜");
        fields.put("phone", "13800000000");
        fields.put("picker.fields", "regionCode");
        fields.put("regionCode", CHIFENG);
        fields.put("picker.pick", "regionCode");

        PageSession.Page page = staff.post("/persons", fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"包乌日娜\"").contains("value=\"13800000000\"")
                .contains("<option value=\"150400000000\" selected=\"selected\">赤峰市</option>")
                .contains(">松山区</option>").doesNotContain("已登记");
    }

    @Test
    void aFilterDropsACountyLeftChosenAfterItsLeagueWasChanged() {
        var user = accounts.create("picker-province", "150000000000", Role.STAFF);
        PageSession staff = PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD);

        // The hidden root, the league now chosen (呼和浩特) and the county still chosen under the old one (松山区).
        PageSession.Page page = staff.get("/persons?name=" + URLEncoder.encode("包", StandardCharsets.UTF_8)
                + "&picker.fields=regionCode&regionCode=150000000000&regionCode=150100000000&regionCode=" + SONGSHAN);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<option value=\"150100000000\" selected=\"selected\">呼和浩特市</option>")
                .contains(">新城区</option>").doesNotContain(">松山区</option>")
                .contains("value=\"包\"");
    }
}
