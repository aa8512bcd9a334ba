package org.zhuye.employer.declaration;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhuye.account.CurrentUser;
import org.zhuye.account.Role;

/** The layout's link to the declarations: for staff and for employer accounts. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class DeclarationNavAdvice {

    @ModelAttribute("declarationNav")
    boolean declarationNav() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return false;
        }
        return DeclarationAccess.staffSide(user.account()) || user.account().roles().contains(Role.EMPLOYER);
    }
}
