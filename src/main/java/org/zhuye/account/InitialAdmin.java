package org.zhuye.account;

import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.region.Region;
import org.zhuye.region.RegionRepository;

/**
 * Creates the first administrator, {@code admin}, for the whole province, once. Its password is
 * {@code ZHUYE_ADMIN_INITIAL_PASSWORD} when an automated deployment sets one (usable at once), or
 * else random, printed this one time, and to be changed at first sign-in.
 */
@Component
@Order(10)
class InitialAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserRepository users;
    private final RegionRepository regions;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final String configuredPassword;

    InitialAdmin(UserRepository users, RegionRepository regions, PasswordEncoder encoder, AuditTrail audit,
                 @Value("${ZHUYE_ADMIN_INITIAL_PASSWORD:${zhuye.admin.initial-password:}}") String configuredPassword) {
        this.users = users;
        this.regions = regions;
        this.encoder = encoder;
        this.audit = audit;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.anyExists()) {
            return;
        }
        List<Region> provinces = regions.provinces();
        if (provinces.isEmpty()) {
            throw new IllegalStateException("区划表为空，无法创建初始管理员");
        }
        Region province = provinces.get(0);
        boolean configured = StringUtils.hasText(configuredPassword);
        String password = configured ? configuredPassword : PasswordGenerator.temporary();
        if (configured) {
            PasswordPolicy.problem(password, USERNAME).ifPresent(p -> {
                throw new IllegalStateException("ZHUYE_ADMIN_INITIAL_PASSWORD 不符合密码规则：" + p);
            });
        }
        long id = users.insert(new NewUser(USERNAME, "系统管理员", EnumSet.of(Role.ADMIN), province.code()),
                encoder.encode(password), !configured);
        audit.recordAs("system", AuditEntry.of(AuditAction.USER_CREATED, "user", USERNAME, province.code())
                .withDetail("首次启动创建的管理员，id " + id));
        if (configured) {
            log.info("已创建初始管理员 admin（{}），密码取自 ZHUYE_ADMIN_INITIAL_PASSWORD", province.name());
        } else {
            System.out.printf("%n===========================================================%n"
                    + "  助业 初始管理员（%s）%n"
                    + "  用户名：admin%n"
                    + "  密码：  %s%n"
                    + "  此密码只显示这一次，首次登录后必须修改。%n"
                    + "===========================================================%n%n", province.name(), password);
        }
    }
}
