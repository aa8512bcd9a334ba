package org.zhuye.training;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.RegionCode;
import org.zhuye.training.startup.BusinessRepository;

/**
 * Start-up support for other modules' figures: the businesses (创业实体) that started in a period and the
 * 创业补贴 granted in a period, each placed where the business is (as the businesses page places them).
 */
@Service
@JurisdictionScoped
public class StartupFigures {

    /** A business that started in the period; {@code ownerName} is its registered owner's name. */
    public record Started(long businessId, String name, long ownerId, String ownerName, String regionCode, LocalDate startedOn) {
    }

    /** A 创业补贴 granted in the period, in fen (分) so that sums are exact. */
    public record Granted(long businessId, String businessName, long ownerId, String ownerName, String regionCode,
                          LocalDate grantedOn, long amountFen) {
    }

    private final BusinessRepository businesses;

    StartupFigures(BusinessRepository businesses) {
        this.businesses = businesses;
    }

    public List<Started> started(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        return businesses.startedIn(region, from, to, jurisdiction).stream()
                .map(b -> new Started(b.id(), b.name(), b.personId(), b.personName(), b.regionCode(), b.startedOn()))
                .toList();
    }

    public List<Granted> subsidiesGranted(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        return businesses.grantedIn(region, from, to, jurisdiction).stream()
                .map(g -> new Granted(g.businessId(), g.businessName(), g.personId(), g.personName(), g.regionCode(),
                        g.grantedOn(), g.amount().movePointRight(2).longValueExact()))
                .toList();
    }
}
