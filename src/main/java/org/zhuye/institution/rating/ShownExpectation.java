package org.zhuye.institution.rating;

/** An expectation and the outcome it is of, for the rating page's explanation. */
public record ShownExpectation(String label, ExpectedOutcomes.Expectation expectation) {
}
