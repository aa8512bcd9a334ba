package org.zhuye.person.account;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.Person;
import org.zhuye.person.PersonPermissions;
import org.zhuye.region.Jurisdiction;

/** The 本人账号 section of the person page: who may bind (staff, administrators), who may create (administrators). */
@Component
public class PersonAccountSection {

    private final PersonAccountBinding binding;

    PersonAccountSection(PersonAccountBinding binding) {
        this.binding = binding;
    }

    public void addTo(Person person, UserAccount user, Jurisdiction jurisdiction, Model model) {
        boolean mayBind = mayBind(user) && !person.merged();
        model.addAttribute("mayBindAccount", mayBind);
        if (mayBind) {
            model.addAttribute("boundAccount", binding.accountOf(person.id(), jurisdiction).orElse(null));
            model.addAttribute("mayCreateAccount", mayCreate(user));
        }
    }

    static boolean mayBind(UserAccount user) {
        return PersonPermissions.mayEditDirectly(user);
    }

    static boolean mayCreate(UserAccount user) {
        return user.roles().contains(Role.ADMIN);
    }

    static void requireBind(UserAccount user) {
        if (!mayBind(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
