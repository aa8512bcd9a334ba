package org.zhuye.platform.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping with the candidates narrowed by the path's first segment.
 *
 * <p>For a path with a variable, such as {@code /persons/42}, Spring checks every one of the application's
 * four hundred mappings against the request in turn: methods, parameters, headers, media types, then the
 * pattern. That was a tenth of a person page's CPU. A pattern that starts with literal segments
 * ({@code /persons/{id}}) can only match a path that starts with them, so only the mappings filed under the
 * path's first segments are checked ({@link Candidates}).
 *
 * <p>Only the clear case is answered here: exactly one candidate matches and the request is not a CORS
 * preflight. Every other case (no match, so the 404, 405 or 415 Spring works out from all mappings; more
 * than one match, so Spring's ordering and its ambiguity check; a preflight) goes to Spring's own lookup, which
 * then answers as it always did. Since no mapping outside the candidates can match the path, one match among
 * them is the one match among all.
 */
class SegmentIndexedHandlerMapping extends RequestMappingHandlerMapping {

    private volatile Candidates candidates;

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        if (CorsUtils.isPreFlightRequest(request)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        RequestMappingInfo only = null;
        HandlerMethod handler = null;
        for (List<Candidate> list : candidates().of(lookupPath)) {
            for (Candidate candidate : list) {
                RequestMappingInfo match = getMatchingMapping(candidate.mapping(), request);
                if (match != null) {
                    if (only != null) {
                        return super.lookupHandlerMethod(lookupPath, request);
                    }
                    only = match;
                    handler = candidate.handler();
                }
            }
        }
        if (only == null) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        handleMatch(only, lookupPath, request);
        return handler;
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        candidates = null;
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        candidates = null;
    }

    private Candidates candidates() {
        Candidates current = candidates;
        if (current == null) {
            current = Candidates.of(getHandlerMethods());
            candidates = current;
        }
        return current;
    }

    record Candidate(RequestMappingInfo mapping, HandlerMethod handler) {
    }

    /**
     * The mappings by the literal segments their patterns start with, up to {@value #DEPTH} ({@code /api/v1/persons}
     * of {@code /api/v1/persons/{id}}: the API's hundred and fifty mappings all start with {@code /api/v1}). A path's
     * candidates are those filed under its first zero to {@value #DEPTH} segments; no other mapping can match it.
     */
    record Candidates(Map<String, List<Candidate>> byPrefix) {

        static final int DEPTH = 3;

        static Candidates of(Map<RequestMappingInfo, HandlerMethod> mappings) {
            Map<String, List<Candidate>> byPrefix = new HashMap<>();
            mappings.forEach((mapping, handler) -> {
                Candidate candidate = new Candidate(mapping, handler);
                Set<String> keys = new LinkedHashSet<>();
                if (mapping.getPathPatternsCondition() == null) {
                    keys.add(key(List.of()));
                } else {
                    mapping.getPathPatternsCondition().getPatterns()
                            .forEach(pattern -> keys.add(key(literalPrefix(pattern.getPatternString()))));
                }
                keys.forEach(key -> byPrefix.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate));
            });
            byPrefix.replaceAll((key, list) -> List.copyOf(list));
            return new Candidates(Map.copyOf(byPrefix));
        }

        /**
         * The candidates for a path, list by list. Patterns match decoded segments, so a segment with an escape
         * ({@code %}) could match another literal: the prefixes stop before it.
         */
        List<List<Candidate>> of(String lookupPath) {
            List<String> segments = segments(lookupPath);
            List<List<Candidate>> lists = new ArrayList<>(DEPTH + 1);
            for (int depth = 0; depth <= segments.size(); depth++) {
                if (depth > 0 && segments.get(depth - 1).indexOf('%') >= 0) {
                    break;
                }
                List<Candidate> list = byPrefix.get(key(segments.subList(0, depth)));
                if (list != null) {
                    lists.add(list);
                }
            }
            return lists;
        }

        /** A pattern's first literal segments, up to the first variable or wildcard, at most {@value #DEPTH}. */
        private static List<String> literalPrefix(String pattern) {
            List<String> prefix = new ArrayList<>();
            for (String segment : segments(pattern)) {
                if (segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0) {
                    break;
                }
                prefix.add(segment);
            }
            return prefix;
        }

        private static List<String> segments(String path) {
            String[] all = path.substring(path.startsWith("/") ? 1 : 0).split("/", -1);
            return List.of(all).subList(0, Math.min(all.length, DEPTH));
        }

        private static String key(List<String> segments) {
            return segments.size() + ":" + String.join("/", segments);
        }
    }
}
