package org.zhuye.account;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.LazyContextVariable;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.zhuye.account.CurrentUserAdvice.Me;

/**
 * The main menu ({@code templates/nav.html}) as written HTML, rendered once for each kind of user and menu section
 * and reused on every later page. The menu is the same fifty links on every page, and rendering it anew took a
 * tenth of a small page's CPU. What it shows depends only on the key: the user's role flags, the two employer links
 * (modules below this one put them in the model as {@code employerNav} and {@code declarationNav}) and the current
 * section. Its links carry no session id, since sessions are tracked by cookie only
 * ({@code server.servlet.session.tracking-modes}), so one rendering serves every user of that kind.
 */
@Component
class RenderedMenus {

    private final ITemplateEngine templates;
    private final Map<Key, String> rendered = new ConcurrentHashMap<>();

    RenderedMenus(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The layout's {@code menu}: read from the page's model when the layout writes it, so every advice has run. */
    LazyContextVariable<String> lazy(Model model, HttpServletRequest request, HttpServletResponse response) {
        return new LazyContextVariable<>() {
            @Override
            protected String loadValue() {
                return html(model.asMap(), request, response);
            }
        };
    }

    String html(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
        if (!(model.get("me") instanceof Me me) || me.mustChangePassword()) {
            return "";
        }
        Key key = new Key(me.admin(), me.staff(), me.reviewer(), me.editor(), me.employer(), me.jobSeeker(),
                me.institution(), (String) model.get("employerNav"), Boolean.TRUE.equals(model.get("declarationNav")),
                (String) model.get("menuCurrent"));
        return rendered.computeIfAbsent(key, k -> render(me, k, request, response));
    }

    private String render(Me me, Key key, HttpServletRequest request, HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response);
        var variables = new HashMap<String, Object>();
        variables.put("me", me);
        variables.put("employerNav", key.employerNav());
        variables.put("declarationNav", key.declarationNav());
        variables.put("menuCurrent", key.menuCurrent());
        return templates.process("nav", Set.of("menu"), new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, variables));
    }

    /** Everything the menu's markup depends on; the user's name and area are not in it. */
    record Key(boolean admin, boolean staff, boolean reviewer, boolean editor, boolean employer, boolean jobSeeker,
               boolean institution, String employerNav, boolean declarationNav, String menuCurrent) {
    }
}
