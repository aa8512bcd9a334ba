package org.zhuye.monitoring;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionLevel;
import org.zhuye.region.RegionRepository;

/** The start page: the user's area and what is in it. Later modules add their own figures. */
@Controller
class HomeController {

    private final RegionRepository regions;
    private final PersonRepository persons;

    HomeController(RegionRepository regions, PersonRepository persons) {
        this.regions = regions;
        this.persons = persons;
    }

    @GetMapping("/")
    String home(UserAccount user, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("jurisdictionRegion", regions.find(jurisdiction.root(), jurisdiction).orElse(null));
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            // Employers, institutions and persons work on their own unit or record; the registry's
            // figures for the area they are placed in are not theirs to see.
            return "home";
        }
        model.addAttribute("counts", regions.countByLevel(jurisdiction));
        model.addAttribute("zones", regions.countZones(jurisdiction));
        model.addAttribute("levels", RegionLevel.values());
        model.addAttribute("totals", persons.countTotals(jurisdiction));
        return "home";
    }
}
