package org.zhuye.region;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns what a region picker posts (a value per level, and a search result) back into the one value
 * its field always had, under the field's own name, so that every controller reads a region
 * parameter the same way whether it came from a picker, a link or the API.
 *
 * <p>A picker names its field in {@value #FIELDS}; requests without one are passed on untouched.
 */
@Component
// After RequestScreening (-99), which refuses unreadable parameters before anything reads them.
@Order(-98)
class RegionPickerParameters extends OncePerRequestFilter {

    /** The hidden input each picker carries with its field's name. */
    static final String FIELDS = "picker.fields";
    /** Prefix of the search result select's name: {@code picker.found.<field>}. */
    static final String FOUND = "picker.found.";
    /** Prefix of the search text box's name: {@code picker.q.<field>}. */
    static final String QUERY = "picker.q.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] fields = request.getParameterValues(FIELDS);
        if (fields == null) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        for (String field : fields) {
            String[] values = parameters.get(field);
            String picked = PickedRegion.of(values == null ? List.of() : Arrays.asList(values),
                    request.getParameter(FOUND + field));
            parameters.put(field, new String[] {picked});
        }
        chain.doFilter(new Picked(request, Collections.unmodifiableMap(parameters)), response);
    }

    private static final class Picked extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Picked(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
