package org.zhuye.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.zhuye.testing.ZhuyeTest;

/**
 * The narrowed lookup answers every request of the application as Spring's own lookup does: for each mapping's
 * patterns and methods, and for wrong methods, unknown and escaped paths, the same handler method with the same
 * path variables, or the same failure (404, 405, 415…).
 */
@ZhuyeTest
class SegmentIndexedHandlerMappingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping ours;

    static RequestMappingHandlerMapping spring;

    private RequestMappingHandlerMapping spring() {
        if (spring == null) {
            RequestMappingHandlerMapping stock = new RequestMappingHandlerMapping();
            stock.setPatternParser(ours.getPatternParser());
            stock.setContentNegotiationManager(context.getBean("mvcContentNegotiationManager", ContentNegotiationManager.class));
            stock.setEmbeddedValueResolver(new EmbeddedValueResolver(((ConfigurableApplicationContext) context).getBeanFactory()));
            stock.setApplicationContext(context);
            stock.afterPropertiesSet();
            spring = stock;
        }
        return spring;
    }

    @Test
    void theApplicationUsesTheNarrowedLookup() {
        assertThat(ours).isInstanceOf(SegmentIndexedHandlerMapping.class);
        assertThat(ours.getHandlerMethods()).hasSizeGreaterThan(300);
    }

    @Test
    void everyMappedRequestFindsTheSameHandlerAndVariablesAsSpringsLookup() throws Exception {
        List<String[]> requests = new ArrayList<>();
        for (RequestMappingInfo mapping : ours.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (PathPattern pattern : mapping.getPathPatternsCondition().getPatterns()) {
                String path = samplePath(pattern.getPatternString());
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    requests.add(new String[] {method.name(), path});
                }
                requests.add(new String[] {"DELETE", path});
                requests.add(new String[] {"PATCH", path});
            }
        }
        requests.add(new String[] {"GET", "/no-such-page/1"});
        requests.add(new String[] {"GET", "/p%65rsons/1"});
        requests.add(new String[] {"GET", "/persons/1/no-such-tab"});
        requests.add(new String[] {"GET", "/"});

        int compared = 0;
        for (String[] request : requests) {
            assertThat(outcome(ours, request)).as("%s %s", request[0], request[1]).isEqualTo(outcome(spring(), request));
            compared++;
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void aJsonPostAndAnUnacceptableMediaTypeFailAlike() throws Exception {
        for (String[] request : List.of(new String[] {"POST", "/api/v1/persons"}, new String[] {"GET", "/api/v1/persons/1"})) {
            MockHttpServletRequest xml = request(request);
            xml.setContentType("application/xml");
            xml.addHeader("Accept", "image/png");
            MockHttpServletRequest same = request(request);
            same.setContentType("application/xml");
            same.addHeader("Accept", "image/png");
            assertThat(outcome(ours, xml)).isEqualTo(outcome(spring(), same));
        }
    }

    /** A pattern's variables filled in: {id} → 1, {*rest} and ** → a/b, * → a. */
    private static String samplePath(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "a/b").replaceAll("\\{[^}]+}", "1")
                .replace("**", "a/b").replace("*", "a");
    }

    private static MockHttpServletRequest request(String[] request) {
        MockHttpServletRequest servletRequest = new MockHttpServletRequest(request[0], request[1]);
        ServletRequestPathUtils.parseAndCache(servletRequest);
        return servletRequest;
    }

    private static String outcome(RequestMappingHandlerMapping mapping, String[] request) {
        return outcome(mapping, request(request));
    }

    /** The handler method and what the match left on the request, or the failure's type. */
    private static String outcome(RequestMappingHandlerMapping mapping, MockHttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null) {
                return "none";
            }
            HandlerMethod handler = (HandlerMethod) chain.getHandler();
            Set<String> attributes = new LinkedHashSet<>();
            for (String name : List.of(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                    HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE,
                    HandlerMapping.MATRIX_VARIABLES_ATTRIBUTE)) {
                attributes.add(name + "=" + Objects.toString(request.getAttribute(name)));
            }
            return handler.getMethod().toGenericString() + " " + attributes;
        } catch (Exception failure) {
            return failure.getClass().getName();
        }
    }
}
