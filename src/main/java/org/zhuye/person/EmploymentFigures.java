package org.zhuye.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * The registry's employment figures for a region, counted in one pass over the in-memory column snapshot of
 * the registry (kept current after every committed change), for the monitoring indicators. Moves into work
 * follow exactly the rule {@link MovesIntoWork} lists them by; working age and employment at a day follow the
 * region overview's rule (registered by the day, certificate neither revoked nor of a deceased holder, of
 * working age by {@link WorkingAgeRules}, latest non-voided status on or before the day). Each figure is keyed
 * by the region's direct child that holds the person's registered region ({@link RegionCode#childHolding}),
 * and by the region's own code for persons registered at the region itself (本级), so the keys add to the total.
 */
public interface EmploymentFigures {

    /** Employment forms counted apart: 0 (none recorded) and 1–7 of the code list employment_form. */
    int FORMS = 8;

    /**
     * Moves into work dated {@code from}–{@code to} of persons registered under {@code region}; empty when the
     * region is outside the jurisdiction.
     */
    Moves countMoves(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction);

    /** Persons of working age on {@code day} and of them those employed, under {@code region}. */
    Employed countEmployed(RegionCode region, LocalDate day, Jurisdiction jurisdiction);

    /**
     * A page of the persons {@link #countEmployed} counts as of working age (or only the employed ones), in id
     * order, each marked whether employed; {@code total} is how many there are in all.
     */
    WorkingAgePage listWorkingAge(RegionCode region, LocalDate day, boolean employedOnly, Jurisdiction jurisdiction,
                                  int offset, int limit);

    /** Moves into work by key (child or 本级) × form (0–7) × 户籍. */
    record Moves(String regionCode, Map<String, long[]> byKey) {

        /** Cell of one form and 户籍 in a key's array. */
        public static int cell(int form, Hukou hukou) {
            return form * 2 + (hukou == Hukou.RURAL ? 1 : 0);
        }

        /** Moves under {@code key} of one form (null: any) and 户籍 (null: either). */
        public long count(String key, Integer form, Hukou hukou) {
            long[] cells = byKey.get(key);
            if (cells == null) {
                return 0;
            }
            long n = 0;
            for (int f = 0; f < FORMS; f++) {
                if (form != null && form != f) {
                    continue;
                }
                for (Hukou h : Hukou.values()) {
                    if (hukou == null || hukou == h) {
                        n += cells[cell(f, h)];
                    }
                }
            }
            return n;
        }

        /** Moves of the whole region of one form and 户籍 (nulls: any). */
        public long total(Integer form, Hukou hukou) {
            return byKey.keySet().stream().mapToLong(k -> count(k, form, hukou)).sum();
        }
    }

    /** Working age and employed on a day by key (child or 本级): {@code [employed, workingAge]}. */
    record Employed(String regionCode, LocalDate day, Map<String, long[]> byKey) {

        public long employed(String key) {
            long[] cells = byKey.get(key);
            return cells == null ? 0 : cells[0];
        }

        public long workingAge(String key) {
            long[] cells = byKey.get(key);
            return cells == null ? 0 : cells[1];
        }

        public long totalEmployed() {
            return byKey.values().stream().mapToLong(c -> c[0]).sum();
        }

        public long totalWorkingAge() {
            return byKey.values().stream().mapToLong(c -> c[1]).sum();
        }
    }

    /** One person of working age as a list shows them (masked as the registry masks it for lists). */
    record WorkingAgePerson(long personId, String name, String certificateMasked, String regionCode, boolean employed) {
    }

    record WorkingAgePage(long total, List<WorkingAgePerson> rows) {
    }
}
