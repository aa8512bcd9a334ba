package org.zhuye.account;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/** Puts who is signed in, and over which area, into every page's model for the page header. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

    private final RegionRepository regions;

    CurrentUserAdvice(RegionRepository regions) {
        this.regions = regions;
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
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
        String area = regions.pathTo(RegionCode.of(account.regionCode())).stream()
                .map(r -> r.name()).reduce((a, b) -> a + " › " + b).orElse(account.regionCode());
        return new Me(account.displayName(), account.username(), account.roleLabels(), area,
                user.has(Role.ADMIN), account.roles().stream().anyMatch(Role::staffSide), account.mustChangePassword());
    }

    /** What the page header shows about the signed-in user. */
    public record Me(String displayName, String username, String roles, String area, boolean admin, boolean staff,
                     boolean mustChangePassword) {
    }
}
