package org.zhuye.casework;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.UserAccount;
import org.zhuye.person.PersonPermissions;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/** What the casework pages (and the forms' sub-packages) share: reading the year and region parameters, the region choices, permissions. */
public final class CaseworkForms {

    private CaseworkForms() {
    }

    /** The cycle year asked for, the current one when none; a malformed year is a 400 with a message. */
    static int year(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now().getYear();
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "年度须为四位数字，例如 " + LocalDate.now().getYear() + "：" + text);
        }
    }

    /** The region asked for, the jurisdiction when none; a malformed code answers 404 as an unknown one does. */
    public static RegionCode region(String text, Jurisdiction jurisdiction) {
        return jurisdiction.regionFor(text);
    }

    /** The region chosen, for the shared region picker's value ({@code region/picker.html}); answers it. */
    public static Region addRegionSelect(Model model, RegionCode code, Jurisdiction jurisdiction, RegionRepository regions) {
        Region selected = regions.find(code, jurisdiction).orElseThrow();
        model.addAttribute("selected", selected);
        return selected;
    }

    public static void requireRecord(UserAccount user) {
        PersonPermissions.requireRecord(user);
    }

    /** Recording needs the registry's data-entry right and a record that is not merged away. */
    public static boolean mayRecordPerson(UserAccount user, org.zhuye.person.Person person) {
        return PersonPermissions.mayRecord(user) && person.mergedInto() == null;
    }

    static boolean mayVoid(UserAccount user) {
        return PersonPermissions.mayReview(user);
    }
}
