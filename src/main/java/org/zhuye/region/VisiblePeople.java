package org.zhuye.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * People read through another record (a household's members, a 零就业家庭's registered members, a
 * staff member's plans, later a fair's attendees or a referral's candidates) as one viewer may see
 * them. The other record being inside the viewer's jurisdiction says nothing about its people: a
 * person of another village can be added to a household, or move away after. So every such read
 * passes its people through {@link #of}: those whose registry record lies inside the jurisdiction
 * are kept, the others are only counted, and pages, API and exports show the count ("另有 n 名…在您的
 * 管辖范围外", fragment {@code region/hidden-people :: note}), never a name, date or status.
 *
 * @param visible the people the viewer may see, in the order read
 * @param hidden  how many others the record holds
 */
public record VisiblePeople<T>(List<T> visible, int hidden) {

    public VisiblePeople {
        visible = List.copyOf(visible);
        if (hidden < 0) {
            throw new IllegalArgumentException("hidden < 0");
        }
    }

    /**
     * Splits {@code people} by where each one is registered.
     *
     * @param registeredIn the region code of the entry's registry record, or null for an entry that is
     *                     not a registered person but part of the record itself (a family member without
     *                     a certificate belongs to the household and is seen with it)
     */
    public static <T> VisiblePeople<T> of(Collection<T> people, Function<T, String> registeredIn, Jurisdiction viewer) {
        List<T> visible = new ArrayList<>(people.size());
        int hidden = 0;
        for (T person : people) {
            String region = registeredIn.apply(person);
            if (region == null || viewer.contains(RegionCode.of(region))) {
                visible.add(person);
            } else {
                hidden++;
            }
        }
        return new VisiblePeople<>(visible, hidden);
    }

    public <R> VisiblePeople<R> map(Function<T, R> mapping) {
        return new VisiblePeople<>(visible.stream().map(mapping).toList(), hidden);
    }
}
