package org.zhuye.jobs.fair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 国有企业专场 per league and year, against the 2022–2024 plan's "每个盟市每年举办1至2场": a league-year with fewer
 * than {@value #TARGET} is marked. Fairs a league's counties hold count for the league; the province's own do not.
 */
public record SoeFairCount(List<Integer> years, List<Row> rows) {

    public static final int TARGET = 1;

    public SoeFairCount {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    /** One league: its code (full), name and the count of each year, in {@link #years} order. */
    public record Row(String leagueCode, String leagueName, List<Integer> counts) {

        public Row {
            counts = List.copyOf(counts);
        }

        public boolean below(int index) {
            return counts.get(index) < TARGET;
        }

        public int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * @param leagues code (12 digits) → name, in the table's order
     * @param counts  4-digit league prefix → year → count
     */
    static SoeFairCount of(Map<String, String> leagues, Map<String, Map<Integer, Integer>> counts, int fromYear, int toYear) {
        List<Integer> years = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            years.add(y);
        }
        List<Row> rows = new ArrayList<>();
        leagues.forEach((code, name) -> {
            Map<Integer, Integer> ofLeague = counts.getOrDefault(code.substring(0, 4), Map.of());
            rows.add(new Row(code, name, years.stream().map(y -> ofLeague.getOrDefault(y, 0)).toList()));
        });
        return new SoeFairCount(years, rows);
    }

    /** League-years below the target. */
    public long gaps() {
        return rows.stream().mapToLong(r -> r.counts().stream().filter(c -> c < TARGET).count()).sum();
    }
}
