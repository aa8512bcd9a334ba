package org.zhuye.jobs.matching;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.person.CertificateStatus;

/**
 * Every seeker with a current work profile as columns of primitives (about 60 bytes a person), so one
 * pass over 350,000 filters in a few milliseconds. Immutable: a change builds the next copy.
 * {@link #seeker} gives a row back as the {@link Seeker} the explained rules take.
 */
final class SeekerColumns {

    static final int EMPLOYED = 1;
    static final int WANTS_CHANGE = 2;
    static final int NO_RECOMMENDATION = 4;
    static final int AGE_UNKNOWN = 8;
    /** Never a candidate: in work without wanting a change, asked not to be recommended, age unknown, certificate ended. */
    static final int NOT_A_CANDIDATE_PERSON = 16;

    static final SeekerColumns EMPTY = new Builder(0).build();

    final int size;
    final long[] personId;
    final long[] home;
    final int[] capabilities;
    final int[] needs;
    final byte[] modes;
    final byte[] hoursMax;
    final byte[] travelDigits;
    final int[] wage;
    final byte[] education;
    final byte[] category;
    final byte[] ability;
    final int[] ageFrom;
    final int[] ageUntil;
    final byte[] flags;
    final byte[] certificate;
    final String[][] occupations;
    final String[] rawEducation;
    final String[] ageProblem;

    private SeekerColumns(Builder b) {
        size = b.size;
        personId = Arrays.copyOf(b.personId, size);
        home = Arrays.copyOf(b.home, size);
        capabilities = Arrays.copyOf(b.capabilities, size);
        needs = Arrays.copyOf(b.needs, size);
        modes = Arrays.copyOf(b.modes, size);
        hoursMax = Arrays.copyOf(b.hoursMax, size);
        travelDigits = Arrays.copyOf(b.travelDigits, size);
        wage = Arrays.copyOf(b.wage, size);
        education = Arrays.copyOf(b.education, size);
        category = Arrays.copyOf(b.category, size);
        ability = Arrays.copyOf(b.ability, size);
        ageFrom = Arrays.copyOf(b.ageFrom, size);
        ageUntil = Arrays.copyOf(b.ageUntil, size);
        flags = Arrays.copyOf(b.flags, size);
        certificate = Arrays.copyOf(b.certificate, size);
        occupations = Arrays.copyOf(b.occupations, size);
        rawEducation = Arrays.copyOf(b.rawEducation, size);
        ageProblem = Arrays.copyOf(b.ageProblem, size);
    }

    int indexOf(long id) {
        for (int i = 0; i < size; i++) {
            if (personId[i] == id) {
                return i;
            }
        }
        return -1;
    }

    Seeker seeker(int i) {
        int[] levels = new int[6];
        for (int k = 0; k < 6; k++) {
            levels[k] = (capabilities[i] >>> (2 * k)) & 3;
        }
        Set<WorkplaceFeature> needed = EnumSet.noneOf(WorkplaceFeature.class);
        for (WorkplaceFeature f : WorkplaceFeature.values()) {
            if ((needs[i] & (1 << f.ordinal())) != 0) {
                needed.add(f);
            }
        }
        Set<WorkMode> accepted = EnumSet.noneOf(WorkMode.class);
        for (WorkMode m : WorkMode.values()) {
            if ((modes[i] & (1 << m.ordinal())) != 0) {
                accepted.add(m);
            }
        }
        TravelRange range = Arrays.stream(TravelRange.values()).filter(r -> r.prefixLength() == travelDigits[i]).findFirst().orElseThrow();
        CertificateStatus cert = CertificateStatus.values()[certificate[i]];
        boolean ageUnknown = (flags[i] & AGE_UNKNOWN) != 0;
        return new Seeker(personId[i], String.format("%012d", home[i]), category[i], rawEducation[i],
                (flags[i] & EMPLOYED) != 0, (flags[i] & WANTS_CHANGE) != 0, (flags[i] & NO_RECOMMENDATION) != 0,
                active(cert), cert.label(), ageUnknown ? null : LocalDate.ofEpochDay(ageFrom[i]),
                ageUnknown ? null : LocalDate.ofEpochDay(ageUntil[i]), ageProblem[i], WorkDemands.of(levels),
                Set.copyOf(needed), Set.copyOf(accepted), hoursMax[i], range, wage[i] < 0 ? null : wage[i],
                List.of(occupations[i]), ability[i]);
    }

    static boolean active(CertificateStatus status) {
        return status != CertificateStatus.REVOKED && status != CertificateStatus.DECEASED;
    }

    static final class Builder {
        int size;
        long[] personId;
        long[] home;
        int[] capabilities;
        int[] needs;
        byte[] modes;
        byte[] hoursMax;
        byte[] travelDigits;
        int[] wage;
        byte[] education;
        byte[] category;
        byte[] ability;
        int[] ageFrom;
        int[] ageUntil;
        byte[] flags;
        byte[] certificate;
        String[][] occupations;
        String[] rawEducation;
        String[] ageProblem;

        Builder(int capacity) {
            allocate(Math.max(16, capacity));
        }

        private void allocate(int n) {
            personId = Arrays.copyOf(personId == null ? new long[0] : personId, n);
            home = Arrays.copyOf(home == null ? new long[0] : home, n);
            capabilities = Arrays.copyOf(capabilities == null ? new int[0] : capabilities, n);
            needs = Arrays.copyOf(needs == null ? new int[0] : needs, n);
            modes = Arrays.copyOf(modes == null ? new byte[0] : modes, n);
            hoursMax = Arrays.copyOf(hoursMax == null ? new byte[0] : hoursMax, n);
            travelDigits = Arrays.copyOf(travelDigits == null ? new byte[0] : travelDigits, n);
            wage = Arrays.copyOf(wage == null ? new int[0] : wage, n);
            education = Arrays.copyOf(education == null ? new byte[0] : education, n);
            category = Arrays.copyOf(category == null ? new byte[0] : category, n);
            ability = Arrays.copyOf(ability == null ? new byte[0] : ability, n);
            ageFrom = Arrays.copyOf(ageFrom == null ? new int[0] : ageFrom, n);
            ageUntil = Arrays.copyOf(ageUntil == null ? new int[0] : ageUntil, n);
            flags = Arrays.copyOf(flags == null ? new byte[0] : flags, n);
            certificate = Arrays.copyOf(certificate == null ? new byte[0] : certificate, n);
            occupations = Arrays.copyOf(occupations == null ? new String[0][] : occupations, n);
            rawEducation = Arrays.copyOf(rawEducation == null ? new String[0] : rawEducation, n);
            ageProblem = Arrays.copyOf(ageProblem == null ? new String[0] : ageProblem, n);
        }

        private int next() {
            if (size == personId.length) {
                allocate(size * 2);
            }
            return size++;
        }

        Builder add(Seeker s) {
            int i = next();
            personId[i] = s.personId();
            home[i] = Fit.region(s.regionCode());
            capabilities[i] = Fit.pack(s.capabilities().toArray());
            int needMask = 0;
            for (WorkplaceFeature f : s.needs()) {
                needMask |= 1 << f.ordinal();
            }
            needs[i] = needMask;
            int modeMask = 0;
            for (WorkMode m : s.workModes()) {
                modeMask |= 1 << m.ordinal();
            }
            modes[i] = (byte) modeMask;
            hoursMax[i] = (byte) s.hoursPerWeekMax();
            travelDigits[i] = (byte) s.travelRange().prefixLength();
            wage[i] = s.wageExpectation() == null ? -1 : s.wageExpectation();
            education[i] = (byte) Education.rank(s.education());
            rawEducation[i] = s.education();
            category[i] = (byte) s.category();
            ability[i] = (byte) s.abilityLevel();
            boolean ageUnknown = s.ageProblem() != null;
            ageFrom[i] = ageUnknown ? Integer.MAX_VALUE : (int) s.workingFrom().toEpochDay();
            ageUntil[i] = ageUnknown ? Integer.MIN_VALUE : (int) s.retiresOn().toEpochDay();
            ageProblem[i] = s.ageProblem();
            CertificateStatus cert = CertificateStatus.parse(s.certificateLabel()).orElse(CertificateStatus.VALID);
            certificate[i] = (byte) cert.ordinal();
            int f = (s.employed() ? EMPLOYED : 0) | (s.wantsChange() ? WANTS_CHANGE : 0)
                    | (s.noRecommendation() ? NO_RECOMMENDATION : 0) | (ageUnknown ? AGE_UNKNOWN : 0);
            if ((s.employed() && !s.wantsChange()) || s.noRecommendation() || ageUnknown || !s.certificateActive()) {
                f |= NOT_A_CANDIDATE_PERSON;
            }
            flags[i] = (byte) f;
            occupations[i] = s.occupationCodes().toArray(String[]::new);
            return this;
        }

        /** Copies row {@code i} of {@code from} unchanged. */
        Builder copy(SeekerColumns from, int i) {
            int j = next();
            personId[j] = from.personId[i];
            home[j] = from.home[i];
            capabilities[j] = from.capabilities[i];
            needs[j] = from.needs[i];
            modes[j] = from.modes[i];
            hoursMax[j] = from.hoursMax[i];
            travelDigits[j] = from.travelDigits[i];
            wage[j] = from.wage[i];
            education[j] = from.education[i];
            rawEducation[j] = from.rawEducation[i];
            category[j] = from.category[i];
            ability[j] = from.ability[i];
            ageFrom[j] = from.ageFrom[i];
            ageUntil[j] = from.ageUntil[i];
            ageProblem[j] = from.ageProblem[i];
            certificate[j] = from.certificate[i];
            flags[j] = from.flags[i];
            occupations[j] = from.occupations[i];
            return this;
        }

        SeekerColumns build() {
            return new SeekerColumns(this);
        }
    }
}
