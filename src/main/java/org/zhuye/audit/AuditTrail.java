package org.zhuye.audit;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit trail in the caller's transaction, so a change and its record commit or
 * roll back together. Who and from where are taken from the current request.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(AuditEntry entry) {
        recordAs(currentActor(), entry);
    }

    /** For events whose actor is not (yet) the authenticated user, e.g. a failed login. */
    public void recordAs(String actor, AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_event (actor, client_ip, action, object_type, object_id, region_code,
                                         before_state, after_state, detail)
                VALUES (:actor, :ip, :action, :objectType, :objectId, :region,
                        CAST(:before AS jsonb), CAST(:after AS jsonb), :detail)
                """)
                .param("actor", actor)
                .param("ip", currentClientIp())
                .param("action", entry.action().name())
                .param("objectType", entry.objectType())
                .param("objectId", entry.objectId())
                .param("region", entry.regionCode())
                .param("before", toJson(entry.before()))
                .param("after", toJson(entry.after()))
                .param("detail", entry.detail())
                .update();
    }

    private String toJson(Map<String, ?> state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    /**
     * Who is acting: the signed-in user's name, or "system" for work the application does itself
     * (start-up seeding, the demo population). Records that name their author use this too.
     */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    /** The address the current request came from, or null outside a request. */
    public static String currentClientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
