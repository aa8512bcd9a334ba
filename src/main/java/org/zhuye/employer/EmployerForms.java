package org.zhuye.employer;

/** Turns stored data back into form text, the shape the edit form and the API's PUT take. */
final class EmployerForms {

    private EmployerForms() {
    }

    static EmployerInput inputOf(EmployerData data) {
        return new EmployerInput(data.creditCode().value(), data.name(), data.type().name(),
                data.level() == null ? null : data.level().name(),
                data.authorisedPosts() == null ? null : String.valueOf(data.authorisedPosts()),
                String.valueOf(data.school()), data.industry().code(), data.regionCode(), data.contactName(),
                data.contactPhone());
    }
}
