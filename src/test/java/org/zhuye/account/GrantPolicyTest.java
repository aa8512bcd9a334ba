package org.zhuye.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuye.region.Jurisdiction;

class GrantPolicyTest {

    private static UserAccount account(long id, String region, Role... roles) {
        return new UserAccount(id, "u" + id, "用户", Set.of(roles), region, true, false, 0, null, Instant.now());
    }

    @Test
    void aLeagueAdminManagesOnlyInsideTheLeague() {
        UserAccount hohhot = account(1, "150100000000", Role.ADMIN);
        assertThat(GrantPolicy.mayManage(hohhot, Jurisdiction.of("150102"))).isTrue();
        assertThat(GrantPolicy.mayManage(hohhot, Jurisdiction.of("1501"))).isTrue();
        assertThat(GrantPolicy.mayManage(hohhot, Jurisdiction.of("15"))).isFalse();
        assertThat(GrantPolicy.mayManage(hohhot, Jurisdiction.of("150203"))).isFalse();
    }

    @Test
    void onlyAdministratorsManageOrGrant() {
        UserAccount staff = account(2, "150000000000", Role.STAFF);
        assertThat(GrantPolicy.mayManage(staff, Jurisdiction.of("150102"))).isFalse();
        assertThat(GrantPolicy.mayGrant(staff, EnumSet.of(Role.VIEWER))).isFalse();
    }

    @Test
    void anAdministratorCannotDropTheirOwnAdministration() {
        UserAccount admin = account(3, "150000000000", Role.ADMIN);
        assertThat(GrantPolicy.mayChangeOwnRoles(admin, admin, EnumSet.of(Role.STAFF))).isFalse();
        assertThat(GrantPolicy.mayChangeOwnRoles(admin, admin, EnumSet.of(Role.ADMIN, Role.STAFF))).isTrue();
        assertThat(GrantPolicy.mayChangeOwnRoles(admin, account(4, "150100000000", Role.ADMIN), EnumSet.of(Role.STAFF))).isTrue();
    }
}
