package org.zhuye.employer;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhuye.account.CurrentUser;

/** The layout's link to this module: 用人单位 for staff, 本单位 for an employer account, nothing for others. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class EmployerNavAdvice {

    @ModelAttribute("employerNav")
    String employerNav() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return null;
        }
        if (EmployerAccess.staffSide(user.account())) {
            return "用人单位";
        }
        return EmployerAccess.ownUnitOnly(user.account()) ? "本单位" : null;
    }
}
