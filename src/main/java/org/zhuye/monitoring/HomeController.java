package org.zhuye.monitoring;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhuye.account.HomeTask;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.account.WorkQueue;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionLevel;
import org.zhuye.region.RegionRepository;

/**
 * The start page: first the work waiting for the user (every module's {@link WorkQueue}, so this module
 * reads none of their tables), then, for staff-side roles, the registry's figures of their area.
 */
@Controller
class HomeController {

    private final RegionRepository regions;
    private final PersonRepository persons;
    private final List<WorkQueue> queues;

    HomeController(RegionRepository regions, PersonRepository persons, List<WorkQueue> queues) {
        this.regions = regions;
        this.persons = persons;
        this.queues = queues;
    }

    @GetMapping("/")
    String home(UserAccount user, Jurisdiction jurisdiction, Model model) {
        List<HomeTask> tasks = queues.stream().flatMap(q -> q.tasksFor(user).stream())
                .sorted(Comparator.comparingInt(HomeTask::rank)).toList();
        model.addAttribute("tasks", tasks);
        model.addAttribute("waiting", tasks.stream().filter(HomeTask::waiting).count());
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            // Employers, institutions and persons work on their own unit or record; the registry's
            // figures for the area they are placed in are not theirs to see.
            return "home";
        }
        model.addAttribute("jurisdictionRegion", regions.find(jurisdiction.root(), jurisdiction).orElse(null));
        model.addAttribute("counts", regions.countByLevel(jurisdiction));
        model.addAttribute("zones", regions.countZones(jurisdiction));
        model.addAttribute("levels", RegionLevel.values());
        model.addAttribute("totals", persons.countTotals(jurisdiction));
        return "home";
    }
}
