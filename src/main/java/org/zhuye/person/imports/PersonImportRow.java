package org.zhuye.person.imports;

import org.zhuye.person.EmploymentInput;
import org.zhuye.person.PersonData;

/** One row of an import that passed every check of its own: the person and, when given, their status. */
record PersonImportRow(int row, PersonData person, EmploymentInput.Employment employment) {
}
