package org.zhuye.person.overview;

/** Finding which child region a person's village lies in, among the children's sorted code prefixes. */
final class ChildRegions {

    private ChildRegions() {
    }

    /** The index of the child whose prefix {@code region} starts with, or {@code children.length} for none. */
    static int indexOf(String[] children, String region) {
        int lo = 0;
        int hi = children.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (children[mid].compareTo(region) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && region.startsWith(children[found]) ? found : children.length;
    }
}
