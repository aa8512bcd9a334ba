package org.zhuye.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the records behind a figure, so that every figure opens the list it counts. For a count the
 * records are what is counted ({@code total} equals the figure's value); for an amount of money each record carries
 * its amount ({@code value}, in fen) and the amounts add up to the figure; for a ratio they are the base, each
 * marked whether it is also in the numerator; for a median they are the records the median is taken over.
 */
public record RecordPage(long total, List<Row> rows) {

    /**
     * @param label    what the record is: a person's name (masked as the registry masks it), a posting's title…
     * @param regionCode where it is counted
     * @param date     the day that puts it in the period (the move into work, the course's end…), or null for a stock
     * @param detail   a short note: the form of employment, the course, the days to hire
     * @param href     the record's own page, or null when the viewer has none to open
     * @param counted  for a ratio, whether it is in the numerator; true otherwise
     * @param value    what the record adds to an additive figure: 1 for a count, its amount in fen for money
     */
    public record Row(String label, String regionCode, LocalDate date, String detail, String href, boolean counted, long value) {

        /** A record counted once. */
        public Row(String label, String regionCode, LocalDate date, String detail, String href, boolean counted) {
            this(label, regionCode, date, detail, href, counted, 1);
        }
    }
}
