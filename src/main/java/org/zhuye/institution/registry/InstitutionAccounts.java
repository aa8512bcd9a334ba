package org.zhuye.institution.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.account.AccountRuleException;
import org.zhuye.account.LinkableAccounts;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.account.UserRepository;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionNotFoundException;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.institution.InstitutionRuleException;
import org.zhuye.region.Jurisdiction;

/**
 * INSTITUTION-role accounts and the one institution each acts for ({@code institution_account}). Staff link an
 * existing account of their jurisdiction (found and checked by {@link LinkableAccounts}, as employers' and persons'
 * accounts are) and unlink it; both audited on the institution.
 */
@Service
public class InstitutionAccounts {

    private final InstitutionRepository institutions;
    private final LinkableAccounts linkable;
    private final UserRepository users;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    InstitutionAccounts(InstitutionRepository institutions, LinkableAccounts linkable, UserRepository users,
                        JdbcClient jdbc, AuditTrail audit) {
        this.institutions = institutions;
        this.linkable = linkable;
        this.users = users;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The institution an INSTITUTION account acts for; empty if none is linked or the role was taken away. */
    public Optional<Institution> institutionOf(UserAccount user) {
        if (!user.roles().contains(Role.INSTITUTION)) {
            return Optional.empty();
        }
        return institutions.findLinkedTo(user.id());
    }

    /** The accounts linked to an institution; an account outside the caller's jurisdiction is shown by number only. */
    public List<LinkedAccount> accountsOf(long institutionId, Jurisdiction jurisdiction) {
        institutions.find(institutionId, jurisdiction).orElseThrow(() -> new InstitutionNotFoundException(institutionId));
        return jdbc.sql("SELECT user_id, linked_at, linked_by FROM institution_account WHERE institution_id = ? ORDER BY linked_at")
                .param(institutionId)
                .query((rs, i) -> new LinkedAccount(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), null))
                .list().stream()
                .map(l -> new LinkedAccount(l.userId(), l.linkedAt(), l.linkedBy(), users.find(l.userId(), jurisdiction).orElse(null)))
                .toList();
    }

    @Transactional
    public void link(long institutionId, String username, Jurisdiction jurisdiction) {
        Institution institution = institutions.find(institutionId, jurisdiction)
                .orElseThrow(() -> new InstitutionNotFoundException(institutionId));
        UserAccount account;
        try {
            account = linkable.find(username, Role.INSTITUTION, "机构账号", jurisdiction);
        } catch (AccountRuleException e) {
            throw new InstitutionRuleException(e.fieldErrors());
        }
        Optional<Long> linked = jdbc.sql("SELECT institution_id FROM institution_account WHERE user_id = ?")
                .param(account.id()).query(Long.class).optional();
        if (linked.isPresent()) {
            throw new InstitutionRuleException(Map.of("username", linked.get() == institutionId
                    ? "账号“" + account.username() + "”已绑定本机构"
                    : "账号“" + account.username() + "”已绑定其他机构（机构编号 " + linked.get() + "），一个账号只能绑定一个机构，须先在原机构解除"));
        }
        try {
            jdbc.sql("INSERT INTO institution_account (user_id, institution_id, linked_by) VALUES (?, ?, ?)")
                    .params(account.id(), institutionId, AuditTrail.currentActor()).update();
        } catch (DuplicateKeyException e) {
            throw new InstitutionRuleException(Map.of("username", "账号“" + account.username() + "”刚刚已被绑定，请刷新后查看"));
        }
        audit.record(AuditEntry.of(AuditAction.INSTITUTION_ACCOUNT_LINKED, "institution", String.valueOf(institutionId),
                institution.regionCode()).withDetail(account.username()));
    }

    @Transactional
    public void unlink(long institutionId, long userId, Jurisdiction jurisdiction) {
        Institution institution = institutions.find(institutionId, jurisdiction)
                .orElseThrow(() -> new InstitutionNotFoundException(institutionId));
        int deleted = jdbc.sql("DELETE FROM institution_account WHERE user_id = ? AND institution_id = ?")
                .params(userId, institutionId).update();
        if (deleted == 0) {
            throw new InstitutionNotFoundException(institutionId);
        }
        String username = users.find(userId, jurisdiction).map(UserAccount::username).orElse("#" + userId);
        audit.record(AuditEntry.of(AuditAction.INSTITUTION_ACCOUNT_UNLINKED, "institution", String.valueOf(institutionId),
                institution.regionCode()).withDetail(username));
    }

    /** A link with its account, or a null account when that account lies outside the caller's jurisdiction. */
    public record LinkedAccount(long userId, Instant linkedAt, String linkedBy, UserAccount account) {
    }
}
