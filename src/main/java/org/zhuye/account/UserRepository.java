package org.zhuye.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

@Repository
@JurisdictionScoped
public class UserRepository {

    private static final String COLUMNS = """
            id, username, display_name, roles, region_code, enabled, must_change_password,
            failed_logins, locked_until, created_at""";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ? AND region_code LIKE ?")
                .params(id, jurisdiction.likePattern())
                .query(UserRepository::map)
                .optional();
    }

    public List<UserAccount> search(String text, Jurisdiction jurisdiction, int limit, int offset) {
        String needle = text == null ? "" : text.strip();
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM app_user
                WHERE region_code LIKE :scope
                  AND (:needle = '' OR strpos(username, :needle) > 0 OR strpos(display_name, :needle) > 0)
                ORDER BY region_code, username
                LIMIT :limit OFFSET :offset
                """)
                .param("scope", jurisdiction.likePattern())
                .param("needle", needle)
                .param("limit", limit)
                .param("offset", offset)
                .query(UserRepository::map)
                .list();
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
                .query((rs, i) -> new Credentials(map(rs, i), rs.getString("password_hash")))
                .optional();
    }

    @OutsideJurisdiction("bearer tokens name their user by id; the token itself is the credential")
    public Optional<UserAccount> findForToken(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?")
                .param(userId)
                .query(UserRepository::map)
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
                UPDATE app_user SET password_hash = ?, must_change_password = ?, password_changed_at = now(),
                                    failed_logins = 0, locked_until = NULL
                WHERE id = ?
                """)
                .params(passwordHash, mustChange, id).update();
    }

    /** Counts a failure and returns the new count; locks when it reaches {@code max}. */
    int recordFailure(long id, int max, Instant lockUntil) {
        return jdbc.sql("""
                UPDATE app_user
                SET failed_logins = failed_logins + 1,
                    locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END
                WHERE id = :id
                RETURNING failed_logins
                """)
                .param("max", max).param("until", Timestamp.from(lockUntil)).param("id", id)
                .query(Integer.class).single();
    }

    void clearFailures(long id) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ? AND (failed_logins > 0 OR locked_until IS NOT NULL)")
                .param(id).update();
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

    public record Credentials(UserAccount account, String passwordHash) {
    }
}
