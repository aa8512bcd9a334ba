package org.zhuye.account;

import java.util.Arrays;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/** Puts who is signed in, and over which area, into every page's model for the page header. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

    private final RegionRepository regions;
    private final RenderedMenus menus;

    CurrentUserAdvice(RegionRepository regions, RenderedMenus menus) {
        this.regions = regions;
        this.menus = menus;
    }

    /** The main menu's HTML (RenderedMenus), worked out when the layout writes it. */
    @ModelAttribute
    void menu(org.springframework.ui.Model model, jakarta.servlet.http.HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("menu", menus.lazy(model, request, response));
    }

    /** The menu section of this page (MenuSections), which the menu marks as the current one. */
    @ModelAttribute("menuCurrent")
    String menuCurrent(jakarta.servlet.http.HttpServletRequest request) {
        return MenuSections.of(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** The signed-in user's area, for the region picker every form with a place shows (region/picker.html). */
    @ModelAttribute("viewerJurisdiction")
    org.zhuye.region.Jurisdiction viewerJurisdiction() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user.jurisdiction() : null;
    }

    @ModelAttribute("me")
    Me me(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return null;
        }
        UserAccount account = user.account();
        return new Me(account.displayName(), account.username(), account.roleLabels(), area(account),
                user.has(Role.ADMIN), account.roles().stream().anyMatch(Role::staffSide),
                user.has(Role.STAFF) || user.has(Role.ADMIN),
                account.roles().stream().anyMatch(r -> Arrays.asList(SecurityConfiguration.REGISTRY_EDITORS).contains(r.name())),
                account.mustChangePassword(), user.has(Role.EMPLOYER), user.has(Role.PERSON), user.has(Role.INSTITUTION));
    }

    /** The area's names; the bare code while the database is down, so the 503 page still has its header. */
    private String area(UserAccount account) {
        try {
            return regions.pathTo(RegionCode.of(account.regionCode())).stream()
                    .map(r -> r.name()).reduce((a, b) -> a + " › " + b).orElse(account.regionCode());
        } catch (DataAccessException e) {
            return account.regionCode();
        }
    }

    /**
     * What the page header and menu show about the signed-in user. {@code reviewer}: may review change
     * requests and duplicates (STAFF, ADMIN: person.PersonPermissions.mayReview); {@code editor}: may
     * import and export the registry (SecurityConfiguration.REGISTRY_EDITORS); {@code employer}: an EMPLOYER
     * account (its unit's postings, applicants, fairs); {@code jobSeeker}: a PERSON account (self-service);
     * {@code institution}: an INSTITUTION account (its institution's persons, courses and attendance).
     */
    public record Me(String displayName, String username, String roles, String area, boolean admin, boolean staff,
                     boolean reviewer, boolean editor, boolean mustChangePassword, boolean employer,
                     boolean jobSeeker, boolean institution) {
    }
}
