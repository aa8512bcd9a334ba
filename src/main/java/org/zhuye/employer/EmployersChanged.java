package org.zhuye.employer;

/**
 * A unit, a quota declaration or a levy payment was written in a transaction; published inside it by the
 * repository that writes, so answers kept from those tables ({@link EmployerDataVersion}) are dropped after the
 * commit.
 */
public record EmployersChanged() {
}
