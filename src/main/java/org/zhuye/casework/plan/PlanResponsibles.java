package org.zhuye.casework.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhuye.region.RegionCode;

/**
 * Who may be responsible for a person's 一人一策 plan: an enabled account that records casework
 * (STAFF, ADMIN or GRASSROOTS) whose jurisdiction covers the person's region. Anyone else could not
 * open the person's page, so a plan given to them would never be reviewed. The form offers exactly
 * these accounts and saving checks the name against them.
 */
@Service
class PlanResponsibles {

    private final JdbcClient jdbc;

    PlanResponsibles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The accounts that may be responsible for a person registered in {@code personRegion}, widest area first. */
    List<Candidate> forPerson(String personRegion) {
        return jdbc.sql("""
                SELECT username, display_name, region_code FROM app_user
                WHERE enabled AND region_code IN (:covering) AND roles && ARRAY['STAFF', 'ADMIN', 'GRASSROOTS']::text[]
                ORDER BY region_code, username
                """)
                .param("covering", covering(RegionCode.of(personRegion)))
                .query((rs, i) -> new Candidate(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    Optional<Candidate> find(String username, String personRegion) {
        return forPerson(personRegion).stream().filter(c -> c.username().equals(username)).findFirst();
    }

    /** The region and every region above it: a jurisdiction rooted at any of them covers the region. */
    private static List<String> covering(RegionCode region) {
        List<String> codes = new ArrayList<>();
        for (Optional<RegionCode> code = Optional.of(region); code.isPresent(); code = code.get().parent()) {
            codes.add(code.get().value());
        }
        return codes;
    }

    record Candidate(String username, String displayName, String regionCode) {
        public String label() {
            return displayName + "（" + username + "）";
        }
    }
}
