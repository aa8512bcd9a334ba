package org.zhuye.employer.declaration;

import java.math.BigDecimal;
import java.util.List;

import org.zhuye.employer.levy.Headcount;

/** A declaration's figures after validation. */
public record DeclarationData(Headcount headcount, BigDecimal wageTotal, List<EmployeeLine> employees) {
}
