package org.zhuye.employer.levy;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.zhuye.parameter.MissingParameters;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/** Computes levies with the parameters in force: the entry point for the API and for declarations. */
@Service
public class Levies {

    private final LevyParameterRepository parameters;
    private final RegionRepository regions;
    private final MissingParameters missing;
    private final LevyCalculator calculator = new LevyCalculator();

    Levies(LevyParameterRepository parameters, RegionRepository regions, MissingParameters missing) {
        this.parameters = parameters;
        this.regions = regions;
        this.missing = missing;
    }

    /**
     * The levy of {@code declaration}. Throws {@link LevyInputException} for a region not in the
     * tree and {@link NoLevyParameters} when the year's parameters are missing.
     */
    public LevyResult assess(LevyDeclaration declaration) {
        LevyParameters year = parametersFor(declaration.region(), declaration.year());
        try {
            return calculator.calculate(declaration, year);
        } catch (NoLevyParameters e) {
            // The only parameter the calculator finds missing is the social average wage, when the wage cap needs it.
            if (year.socialAverageWage() != null || declaration.socialAverageWage() != null) {
                throw e;
            }
            throw new NoLevyParameters(missingMessage(List.of(LevyParameter.SOCIAL_AVERAGE_WAGE), declaration.region(),
                    declaration.year()) + "；也可在计算时直接填写当地社会平均工资", List.of(LevyParameter.SOCIAL_AVERAGE_WAGE));
        }
    }

    public LevyParameters parametersFor(RegionCode region, int year) {
        if (!regions.exists(region)) {
            throw LevyInputException.of("regionCode", "区划代码 " + region + " 不在区划库中");
        }
        try {
            return parameters.resolve(region, year);
        } catch (NoLevyParameters e) {
            if (e.missing().isEmpty()) {
                throw e;
            }
            throw new NoLevyParameters(missingMessage(e.missing(), region, year) + "；不会按其他年度推算", e.missing());
        }
    }

    private String missingMessage(List<LevyParameter> names, RegionCode region, int year) {
        return missing.message(LevyParameterKind.DESCRIPTION,
                names.stream().map(LevyParameter::label).collect(Collectors.joining("”“")), year + " 征收年度", region.value());
    }
}
