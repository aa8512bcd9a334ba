package org.zhuye.casework.demand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.person.Person;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * The places a job demand may name: the person's league, county, and the county's townships.
 * A place is where the person would work, not a scope of data access: a village worker whose
 * jurisdiction is one township still records that the person would take a job in the county town
 * or the league's seat (that is where the jobs are). So the choices follow the person's residence,
 * not the signed-in user's jurisdiction; the person themself must be inside the jurisdiction, which
 * the callers check first. The form offers these and saving accepts only these — one rule for both.
 */
@Component
class DemandPlaces {

    private final RegionRepository regions;

    DemandPlaces(RegionRepository regions) {
        this.regions = regions;
    }

    List<Region> choices(Person person) {
        List<Region> choices = new ArrayList<>();
        Region county = null;
        for (Region step : regions.pathTo(RegionCode.of(person.regionCode()))) {
            if (step.level() == 2 || step.level() == 3) {
                choices.add(step);
            }
            if (step.level() == 3) {
                county = step;
            }
        }
        if (county != null) {
            RegionCode countyCode = RegionCode.of(county.code());
            regions.children(countyCode, new Jurisdiction(countyCode)).forEach(c -> choices.add(c.region()));
        }
        return choices;
    }

    /** The names of the places a demand of this person may name, by code, for showing a saved demand. */
    Map<String, String> names(Person person) {
        Map<String, String> names = new LinkedHashMap<>();
        choices(person).forEach(r -> names.put(r.code(), r.name()));
        return names;
    }

    boolean allows(Person person, String code) {
        return choices(person).stream().anyMatch(r -> r.code().equals(code));
    }
}
