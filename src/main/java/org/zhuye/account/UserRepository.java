package org.zhuye.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.platform.database.StatementPlans;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;
import org.zhuye.region.RegionCode;

@Repository
@JurisdictionScoped
public class UserRepository {

    private static final String COLUMNS = """
            id, username, display_name, roles, region_code, enabled, must_change_password, security_stamp, created_at,
            (SELECT coalesce(max(f.failures), 0) FROM login_failure f WHERE f.user_id = app_user.id) AS failed_logins,
            (SELECT max(f.locked_until) FROM login_failure f
              WHERE f.user_id = app_user.id AND f.locked_until > now()) AS locked_until""";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql(StatementPlans.GENERIC + "SELECT " + COLUMNS + " FROM app_user WHERE id = ? AND region_code LIKE ?")
                .params(id, jurisdiction.likePattern())
                .query(UserRepository::map)
                .optional();
    }

    public Optional<UserAccount> findByUsername(String username, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ? AND region_code LIKE ?")
                .params(username, jurisdiction.likePattern())
                .query(UserRepository::map)
                .optional();
    }

    /** Accounts in the jurisdiction whose username or name contains :needle (blank: all). */
    private static final String MATCHING = """
            region_code LIKE :scope AND (:needle = '' OR strpos(username, :needle) > 0 OR strpos(display_name, :needle) > 0)
            """;

    public List<UserAccount> search(String text, Jurisdiction jurisdiction, int limit, int offset) {
        String needle = text == null ? "" : text.strip();
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE " + MATCHING
                        + " ORDER BY region_code, username LIMIT :limit OFFSET :offset")
                .param("scope", jurisdiction.likePattern())
                .param("needle", needle)
                .param("limit", limit)
                .param("offset", offset)
                .query(UserRepository::map)
                .list();
    }

    /**
     * The enabled accounts holding one of {@code roles} whose jurisdiction covers {@code region}
     * (rooted at it or at a region above it), widest area first.
     */
    @OutsideJurisdiction("who covers a region is asked for the region's sake: the accounts above it are wider than the caller's own area")
    public List<UserAccount> findCovering(RegionCode region, Set<Role> roles) {
        List<String> covering = new ArrayList<>();
        for (Optional<RegionCode> code = Optional.of(region); code.isPresent(); code = code.get().parent()) {
            covering.add(code.get().value());
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM app_user
                WHERE enabled AND region_code IN (:covering) AND roles && CAST(:roles AS text[])
                ORDER BY region_code, username
                """)
                .param("covering", covering)
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .query(UserRepository::map)
                .list();
    }

    /** How many {@link #search} finds in all, for the pager's total. */
    public long count(String text, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE " + MATCHING)
                .param("scope", jurisdiction.likePattern())
                .param("needle", text == null ? "" : text.strip())
                .query(Long.class).single();
    }

    public long count(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE region_code LIKE ?")
                .param(jurisdiction.likePattern())
                .query(Long.class).single();
    }

    @OutsideJurisdiction("signing in: the account is looked up before anyone has a jurisdiction")
    public Optional<Credentials> findCredentials(String username) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, i) -> new Credentials(map(rs, i), rs.getString("password_hash"), rs.getLong("security_stamp")))
                .optional();
    }

    /** The account as it is now, for a session or bearer token that names it by id (no password hash). */
    @OutsideJurisdiction("a signed-in session or a bearer token names its own account by id; it is the credential")
    Optional<Credentials> findCurrent(long userId) {
        return jdbc.sql(StatementPlans.GENERIC + "SELECT " + COLUMNS + " FROM app_user WHERE id = ?")
                .param(userId)
                .query((rs, i) -> new Credentials(map(rs, i), null, rs.getLong("security_stamp")))
                .optional();
    }

    /**
     * The account as it is now when it may act from {@code source}: enabled and not locked from there. One query,
     * since every API call and page view asks it.
     */
    @OutsideJurisdiction("a signed-in session or a bearer token names its own account by id; it is the credential")
    Optional<Credentials> findUsable(long userId, String source) {
        return jdbc.sql(StatementPlans.GENERIC + "SELECT " + COLUMNS + """
                 FROM app_user WHERE id = ? AND enabled
                  AND NOT EXISTS (SELECT 1 FROM login_failure f
                                   WHERE f.user_id = app_user.id AND f.source = ? AND f.locked_until > now())
                """)
                .params(userId, source)
                .query((rs, i) -> new Credentials(map(rs, i), null, rs.getLong("security_stamp")))
                .optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(?))")
                .param(username).query(Boolean.class).single();
    }

    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
    }

    long insert(NewUser user, String passwordHash, boolean mustChangePassword) {
        return jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, roles, region_code, must_change_password)
                VALUES (?, ?, ?, ?, ?, ?)
                RETURNING id
                """)
                .params(user.username(), user.displayName(), passwordHash, roleArray(user.roles()),
                        user.regionCode(), mustChangePassword)
                .query(Long.class).single();
    }

    void update(long id, String displayName, Set<Role> roles, String regionCode, boolean enabled) {
        jdbc.sql("UPDATE app_user SET display_name = ?, roles = ?, region_code = ?, enabled = ? WHERE id = ?")
                .params(displayName, roleArray(roles), regionCode, enabled, id)
                .update();
    }

    void setPassword(long id, String passwordHash, boolean mustChange) {
        jdbc.sql("""
                UPDATE app_user SET password_hash = ?, must_change_password = ?, password_changed_at = now()
                WHERE id = ?
                """)
                .params(passwordHash, mustChange, id).update();
    }

    private static String[] roleArray(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toArray(String[]::new);
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : (String[]) array.getArray()) {
            Role.parse(name).ifPresent(roles::add);
        }
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), roles,
                rs.getString("region_code"), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                rs.getInt("failed_logins"), locked == null ? null : locked.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }

    /**
     * An account with its password hash (null where not needed) and its security stamp, which
     * the database moves on whenever roles, jurisdiction, enabled state or password change (V16).
     */
    public record Credentials(UserAccount account, String passwordHash, long securityStamp) {
    }
}
