package org.zhuye.jobs.matching;

import java.util.ArrayList;
import java.util.List;

import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkplaceFeature;

/**
 * Every published posting as columns of primitives, for a person's matches in one pass; the
 * {@link Opening}s are kept beside them for the explanation of the top ones. Immutable.
 */
final class PostingColumns {

    static final PostingColumns EMPTY = new PostingColumns(List.of());

    final int size;
    final Opening[] openings;
    final long[] id;
    final long[] workplace;
    final int[] demands;
    final int[] features;
    final byte[] mode;
    final byte[] hours;
    final int[] wageMax;
    final byte[] minEducation;
    final int[] categories;
    final int[] openUntil;
    final String[] occupation;
    final boolean[] travels;

    PostingColumns(List<Opening> list) {
        size = list.size();
        openings = list.toArray(Opening[]::new);
        id = new long[size];
        workplace = new long[size];
        demands = new int[size];
        features = new int[size];
        mode = new byte[size];
        hours = new byte[size];
        wageMax = new int[size];
        minEducation = new byte[size];
        categories = new int[size];
        openUntil = new int[size];
        occupation = new String[size];
        travels = new boolean[size];
        for (int i = 0; i < size; i++) {
            Opening o = openings[i];
            id[i] = o.postingId();
            workplace[i] = Fit.region(o.regionCode());
            demands[i] = Fit.pack(o.demands().toArray());
            features[i] = featureMask(o);
            mode[i] = (byte) o.workMode().ordinal();
            hours[i] = (byte) o.hoursPerWeek();
            wageMax[i] = o.wageMax();
            minEducation[i] = (byte) Education.rank(o.minEducation());
            categories[i] = Matcher.categoryMask(o.suitableCategories());
            openUntil[i] = (int) o.openUntil().toEpochDay();
            occupation[i] = o.occupationCode();
            travels[i] = o.workMode().needsTravel();
        }
    }

    static int featureMask(Opening o) {
        int mask = 0;
        for (WorkplaceFeature f : o.features()) {
            mask |= 1 << f.ordinal();
        }
        return mask;
    }

    /** The same postings with {@code changed} removed and {@code fresh} (published ones) added. */
    PostingColumns with(java.util.Set<Long> changed, List<Opening> fresh) {
        List<Opening> next = new ArrayList<>(size + fresh.size());
        for (Opening o : openings) {
            if (!changed.contains(o.postingId())) {
                next.add(o);
            }
        }
        next.addAll(fresh);
        return new PostingColumns(next);
    }

    static {
        assert WorkDemand.values().length == 6;
    }
}
