package org.zhuye.platform.paging;

import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads {@code ?page=} for a controller's {@link PageRequest} and keeps the request's other parameters
 * for the pager's links. A page number that is not a positive number is the first page: an edited or
 * truncated link still shows the list.
 */
class PageRequestResolver implements HandlerMethodArgumentResolver {

    static final String PARAMETER = "page";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                       NativeWebRequest request, WebDataBinderFactory binders) {
        return new PageRequest(number(request.getParameter(PARAMETER)), PageRequest.SIZE, others(request.getParameterMap()));
    }

    private static int number(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Blank filters are left out: they filter nothing and only lengthen the link. */
    private static String others(Map<String, String[]> parameters) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        parameters.forEach((name, values) -> {
            if (!name.equals(PARAMETER) && !name.equals("_csrf")) {
                for (String value : values) {
                    if (value != null && !value.isBlank()) {
                        query.queryParam(name, value);
                    }
                }
            }
        });
        String encoded = query.encode().build().getQuery();
        return encoded == null ? "" : encoded;
    }
}
