package org.zhuye.person;

/** The search form as posted; blank fields are ignored. Age bands are the overview's. */
public record PersonSearchForm(String name, String certificateNumber, String regionCode, Integer category, Integer grade,
                        String sex, String employment, String ageBand) {

    /** The first page; the 人员查询 page asks for its page through {@link PersonSearch#onPage}. */
    public PersonSearch toSearch() {
        Integer min = null;
        Integer max = null;
        if (ageBand != null) {
            switch (ageBand) {
                case "0-15" -> max = 15;
                case "16-34" -> { min = 16; max = 34; }
                case "35-44" -> { min = 35; max = 44; }
                case "45-59" -> { min = 45; max = 59; }
                case "60+" -> min = 60;
                default -> { }
            }
        }
        return new PersonSearch(name, certificateNumber, regionCode, category, grade,
                "M".equals(sex) ? Sex.MALE : "F".equals(sex) ? Sex.FEMALE : null, employment, min, max,
                0, 50);
    }

    public boolean any() {
        return present(name) || present(certificateNumber) || present(regionCode) || category != null || grade != null
                || present(sex) || present(employment) || present(ageBand);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
