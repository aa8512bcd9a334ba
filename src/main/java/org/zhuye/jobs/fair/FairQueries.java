package org.zhuye.jobs.fair;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.zhuye.account.UserAccount;
import org.zhuye.platform.paging.Page;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;
import org.zhuye.region.VisiblePeople;

/** The reads pages and API share: a fair with what the viewer may see of it, the list and the SOE count. */
@Service
class FairQueries {

    /** Years the SOE count shows at least: this one and the two before (the plan's span). */
    static final int SOE_YEARS = 3;

    private final FairRepository fairs;
    private final FairViewers viewers;
    private final JobFairs jobFairs;
    private final RegionRepository regions;

    FairQueries(FairRepository fairs, FairViewers viewers, JobFairs jobFairs, RegionRepository regions) {
        this.fairs = fairs;
        this.viewers = viewers;
        this.jobFairs = jobFairs;
        this.regions = regions;
    }

    /** A fair as one viewer sees it: staff-side users its people of their area; others none. */
    FairView view(long fairId, UserAccount user) {
        JobFair fair = jobFairs.visible(fairId, user);
        boolean staff = FairViewers.staffSide(user);
        VisiblePeople<Attendee> attendees = staff ? fairs.listAttendees(fairId, user.jurisdiction())
                : new VisiblePeople<>(java.util.List.of(), 0);
        VisiblePeople<FairIntent> intents = staff ? fairs.listIntents(fairId, user.jurisdiction())
                : new VisiblePeople<>(java.util.List.of(), 0);
        return new FairView(fair, fairs.findEmployers(fairId), attendees, intents, fairs.countResults(fair));
    }

    Page<JobFair> list(FairFilter filter, UserAccount user, PageRequest paging) {
        Jurisdiction scope = viewers.scopeOf(user).orElse(null);
        if (scope == null) {
            return paging.of(java.util.List.of(), 0);
        }
        return fairs.list(filter, LocalDate.now(), scope, paging);
    }

    SoeFairCount soeCount(int thisYear) {
        int first = Math.min(fairs.findFirstYear().orElse(thisYear), thisYear - SOE_YEARS + 1);
        Map<String, String> leagues = new LinkedHashMap<>();
        RegionCode province = RegionCode.of("15");
        regions.children(province, new Jurisdiction(province))
                .forEach(c -> leagues.put(c.region().code(), c.region().name()));
        return SoeFairCount.of(leagues, fairs.countStateOwnedByLeagueAndYear(first, thisYear), first, thisYear);
    }

    /** Whether the user's own person (a PERSON account) or unit (an EMPLOYER account) is registered. */
    boolean selfRegistered(long fairId, UserAccount user) {
        var unit = viewers.unitOf(user);
        if (unit.isPresent()) {
            return fairs.participates(fairId, unit.get().id());
        }
        return viewers.personOf(user)
                .flatMap(p -> fairs.findAttendee(fairId, p.id(), org.zhuye.person.PersonAccounts.scopeOf(p))).isPresent();
    }
}
