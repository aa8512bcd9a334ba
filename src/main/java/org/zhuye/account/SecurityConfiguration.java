package org.zhuye.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.zhuye.audit.AuditTrail;
import org.zhuye.platform.web.DatabaseUnavailable;

/**
 * Two chains: the JSON API under /api/** (stateless, HTTP Basic — through {@link BasicCredentialCache} — or
 * bearer token, no CSRF since no cookie is honoured there) and the pages (form login, session, CSRF).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] STAFF = {"ADMIN", "STAFF", "GRASSROOTS", "VIEWER"};
    /** Staff who may change the registry in bulk (import) or reveal it in bulk (export); not VIEWER. */
    static final String[] REGISTRY_EDITORS = {"ADMIN", "STAFF", "GRASSROOTS"};
    static final String[] EVERY_ROLE = java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SignedInAccounts accounts, AuditTrail audit,
                            ApiErrorWriter errors, BasicCredentialCache verifiedBasic, AuthenticationEventPublisher events) throws Exception {
        // HTTP Basic through the cache of verified credentials only: no parent manager, which would hash a wrong
        // password a second time and count the failure twice.
        ProviderManager basicOnly = new ProviderManager(verifiedBasic.provider());
        basicOnly.setAuthenticationEventPublisher(events);
        return http
                .securityMatcher("/api/**")
                .authenticationManager(basicOnly)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/openapi.json", "/api/openapi.json/**").permitAll()
                        // 公示: confirmed quota figures of public units, no personal data; open to everyone.
                        .requestMatchers(HttpMethod.GET, "/api/v1/disclosure", "/api/v1/disclosure/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/regions/imports").hasRole("ADMIN")
                        .requestMatchers("/api/v1/regions/**").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/v1/persons/imports").hasAnyRole(REGISTRY_EDITORS)
                        .requestMatchers("/api/v1/persons/**").hasAnyRole(STAFF)
                        .requestMatchers("/api/v1/casework/**").hasAnyRole(STAFF)
                        // 专场招聘会: staff-side roles and units' accounts; the controller decides what each may do.
                        .requestMatchers("/api/v1/job-fairs/**", "/api/v1/job-fairs").hasAnyRole("ADMIN", "STAFF", "GRASSROOTS", "VIEWER", "EMPLOYER")
                        // 岗位推介: staff-side roles and EMPLOYER accounts; the controller decides what each sees.
                        .requestMatchers("/api/v1/referrals", "/api/v1/referrals/**").hasAnyRole("ADMIN", "STAFF", "GRASSROOTS", "VIEWER", "EMPLOYER")
                        .requestMatchers("/api/v1/me").authenticated()
                        .anyRequest().hasAnyRole(EVERY_ROLE))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> unauthorized(errors, response, e)))
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, audit, errors), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::privacyHeaders)
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> unauthorized(errors, response, ex))
                        .accessDeniedHandler((request, response, ex) -> errors.write(response, 403,
                                mustChangePassword() ? "必须先在网页上修改初始密码" : "您的角色无权进行此操作")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignedInAccounts accounts) throws Exception {
        return http
                .addFilterAfter(new SessionAccountFilter(accounts), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/disclosure", "/disclosure.xlsx").permitAll()
                        // 用户手册 and its screenshots: linked from the login page, no one's data.
                        .requestMatchers(HttpMethod.GET, "/help", "/help/**").permitAll()
                        .requestMatchers("/account/password", "/logout").authenticated()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        // The picker's next level: EMPLOYER accounts choose a posting's workplace with it (issue 12);
                        // it lists only regions inside the caller's jurisdiction, and their names are public.
                        .requestMatchers(HttpMethod.GET, "/regions/picker").hasAnyRole(EVERY_ROLE)
                        .requestMatchers("/regions/**").hasAnyRole(STAFF)
                        .requestMatchers("/persons/imports", "/persons/imports/**", "/persons/export.*").hasAnyRole(REGISTRY_EDITORS)
                        .requestMatchers("/persons/**").hasAnyRole(STAFF)
                        .requestMatchers("/casework/**").hasAnyRole(STAFF)
                        .anyRequest().hasAnyRole(EVERY_ROLE))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) -> {
                    if (mustChangePassword()) {
                        response.sendRedirect(request.getContextPath() + "/account/password");
                    } else {
                        response.sendError(403);
                    }
                }))
                .headers(h -> privacyHeaders(h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))))
                .build();
    }

    /**
     * No address (which may carry a person's id or search filters) leaks to another site, and no
     * page may use the camera, microphone, location and the like, which nothing here needs.
     */
    private static void privacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
    }

    /** 401, unless the credentials could not be checked because the database is down: then 503. */
    private static void unauthorized(ApiErrorWriter errors, jakarta.servlet.http.HttpServletResponse response,
                                     Exception failure) throws java.io.IOException {
        if (DatabaseUnavailable.causes(failure)) {
            errors.write(response, 503, DatabaseUnavailable.MESSAGE);
        } else {
            errors.write(response, 401, "需要登录：请使用 HTTP Basic 或 Bearer 接口令牌");
        }
    }

    private static boolean mustChangePassword() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && user.account().mustChangePassword();
    }
}
