package org.zhuye.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.zhuye.platform.memo.SnapshotAnswers;
import org.zhuye.casework.dibao.DibaoTapers;
import org.zhuye.casework.publicpost.PublicPosts;
import org.zhuye.person.OutOfWorkCohort;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;

/**
 * What casework counts, for other modules' figures (the monitoring indicators): the 四个一 cohort of a cycle year
 * person by person with the services each had (the same pass {@link CaseworkCoverage} counts), the 公益性岗位
 * placements in force on a day (as the public-post page lists them) and the 低保渐退 in progress on a day (as the
 * taper page lists them). Each answer lists the records, so a figure and the list behind it are one rule.
 */
@Service
@JurisdictionScoped
public class CaseworkFigures {

    /** A person of a cycle year's cohort and the services they had that year ({@link ServiceKind#bit()} mask). */
    public record CohortMember(long personId, String regionCode, int mask) {
        public boolean has(ServiceKind kind) {
            return kind.in(mask);
        }

        public boolean complete() {
            return (mask & ServiceKind.ALL) == ServiceKind.ALL;
        }
    }

    /** A 公益性岗位 placement in force on the day asked about. */
    public record InPost(long placementId, long personId, String regionCode, String post, String employerName,
                         LocalDate startOn, LocalDate endOn) {
    }

    /** A 低保渐退 in progress on the day asked about; {@code percentNow} is the share of 低保 still paid. */
    public record Taper(long taperId, long personId, String regionCode, LocalDate workStartedOn, LocalDate endsOn,
                        int percentNow) {
    }

    private final OutOfWorkCohort cohort;
    private final ServiceIndex index;
    private final CycleYears cycles;
    private final PublicPosts publicPosts;
    private final DibaoTapers tapers;
    private final SnapshotAnswers answers = new SnapshotAnswers(64);

    CaseworkFigures(OutOfWorkCohort cohort, ServiceIndex index, CycleYears cycles, PublicPosts publicPosts, DibaoTapers tapers) {
        this.cohort = cohort;
        this.index = index;
        this.cycles = cycles;
        this.publicPosts = publicPosts;
        this.tapers = tapers;
    }

    /**
     * The cohort of {@code year} under the region, in (region code, person id) order, with each person's services
     * of the year: the persons {@link CaseworkCoverage#find} counts as eligible.
     *
     * @throws CycleYears.NoCycle when the year has no 四个一 cycle for the region or has not begun
     */
    public List<CohortMember> cohort(RegionCode region, int year, Jurisdiction jurisdiction) {
        CycleYears.Cycle cycle = cycles.cycle(region.value(), year, LocalDate.now());
        ServiceMasks masks = index.year(year);
        List<Object> snapshots = masks.withCohort(cohort);
        // The coverage and each of its four parts ask for the same cohort: one pass over the registry serves them all.
        return answers.get(snapshots, List.of(region, cycle.from(), cycle.to(), jurisdiction.likePattern()), () -> {
            List<CohortMember> members = new ArrayList<>();
            cohort.visit(region, List.of(), cycle.from(), cycle.to(), jurisdiction,
                    (child, regionCode, personId, outOfWorkNow) -> members.add(new CohortMember(personId, regionCode, masks.get(personId))));
            return List.copyOf(members);
        });
    }

    /** 公益性岗位 placements in force on {@code day} (not voided, term covering the day), by the person's region. */
    public List<InPost> publicPostsInPost(RegionCode region, LocalDate day, Jurisdiction jurisdiction) {
        return publicPosts.allCurrent(region, day, jurisdiction).stream()
                .map(p -> new InPost(p.id(), p.personId(), p.regionCode(), p.post(), p.employerName(), p.startOn(), p.endOn()))
                .toList();
    }

    /** 低保渐退 in progress on {@code day} (work started on or before it, not yet ended, neither it nor its job voided). */
    public List<Taper> dibaoTapering(RegionCode region, LocalDate day, Jurisdiction jurisdiction) {
        return tapers.findInTaper(region, day, false, jurisdiction).stream()
                .map(t -> new Taper(t.id(), t.personId(), t.regionCode(), t.workStartedOn(), t.endsOn(), t.percentNow()))
                .toList();
    }
}
