package org.zhuye.person;

/** One row of an import that passed every check of its own: the person and, when given, their status. */
record PersonImportRow(int row, PersonData person, EmploymentInput.Employment employment) {
}
