package org.zhuye.employer.declaration;

import java.math.BigDecimal;
import java.util.List;

/** A stored row of a declaration: the certificate number masked, the last check's reasons (none: counted). */
public record DeclaredEmployee(int line, String name, String certificateMasked, Long personId, Integer category,
                               Integer grade, int months, boolean contract, BigDecimal monthlyWage,
                               boolean socialInsurance, Dispatch dispatch, List<String> problems, boolean counted) {
}
