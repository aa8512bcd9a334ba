package org.zhuye.jobs.fair;

/** The fair list's filters: a region inside or above the viewer's area, a kind, a year; each may be empty. */
public record FairFilter(String region, String kind, Integer year) {

    public static FairFilter none() {
        return new FairFilter(null, null, null);
    }

    public FairKind kindOrNull() {
        return kind == null ? null : FairKind.parse(kind).orElse(null);
    }

}
