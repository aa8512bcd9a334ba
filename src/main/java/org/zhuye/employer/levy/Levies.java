package org.zhuye.employer.levy;

import org.springframework.stereotype.Service;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/** Computes levies with the parameters in force: the entry point for the API and for declarations. */
@Service
public class Levies {

    private final LevyParameterRepository parameters;
    private final RegionRepository regions;
    private final LevyCalculator calculator = new LevyCalculator();

    Levies(LevyParameterRepository parameters, RegionRepository regions) {
        this.parameters = parameters;
        this.regions = regions;
    }

    /**
     * The levy of {@code declaration}. Throws {@link LevyInputException} for a region not in the
     * tree and {@link NoLevyParameters} when the year's parameters are missing.
     */
    public LevyResult assess(LevyDeclaration declaration) {
        return calculator.calculate(declaration, parametersFor(declaration.region(), declaration.year()));
    }

    public LevyParameters parametersFor(RegionCode region, int year) {
        if (!regions.exists(region)) {
            throw LevyInputException.of("regionCode", "区划代码 " + region + " 不在区划库中");
        }
        return parameters.resolve(region, year);
    }
}
