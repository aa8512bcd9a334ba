package org.zhuye.parameter;

/** How a kind's rows are dated, which decides what overlaps. */
public enum Period {
    /** From a first to a last day (open when none): periods of one region and series must not overlap. */
    RANGE,
    /** From a first day until the next row of the region and series starts: a new row must start later. */
    FROM,
    /** One collection year (征收年度): one row per region and year. */
    YEAR
}
