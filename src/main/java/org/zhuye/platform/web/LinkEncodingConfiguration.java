package org.zhuye.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off the link rewriting that Spring Boot's Thymeleaf configuration switches on with the resource chain
 * (which the version-less webjar paths need): a registration of the filter, disabled, stands in for its own. It would rewrite static links to versioned ones; we use none, yet it asks the class path about
 * every link a page writes — {@code /persons/123/edit} is looked up as a file under {@code static/} and, never
 * found, never remembered. On the person page that was most of the CPU of a view at 1.6 million persons
 * (docs/benchmarks.md, "Load under HTTP"). Webjar and static files are still served and resolved as before.
 */
@Configuration(proxyBeanMethods = false)
class LinkEncodingConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> linksAsWritten() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
