package org.zhuye.employer;

/** The list's filters as posted (and as API query parameters); blank or unknown values are ignored. */
record EmployerSearchForm(String name, String creditCode, String type, String regionCode, String level, Integer page,
                          Integer size) {

    EmployerSearch toSearch() {
        return new EmployerSearch(name, creditCode, EmployerType.parse(type).orElse(null), regionCode,
                AdministrativeLevel.parse(level).orElse(null), page == null ? 0 : page, size == null ? 50 : size);
    }
}
