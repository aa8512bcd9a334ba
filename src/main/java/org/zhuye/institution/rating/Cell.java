package org.zhuye.institution.rating;

/**
 * The case-mix cell of a served person: disability category (1–7, as the registry codes it), grade band and
 * age band. Persons of one cell are expected to reach an outcome at the same baseline rate.
 */
public record Cell(int category, GradeBand gradeBand, AgeBand ageBand) {

    public enum GradeBand {
        SEVERE("一二级"), MILD("三四级");

        private final String label;

        GradeBand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum AgeBand {
        YOUNG("16–29岁"), MIDDLE("30–44岁"), OLDER("45岁及以上");

        private final String label;

        AgeBand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The cell of a person of {@code grade} (1–4) and {@code age} in whole years; under 16 count as the youngest. */
    public static Cell of(int category, int grade, int age) {
        return new Cell(category, grade <= 2 ? GradeBand.SEVERE : GradeBand.MILD,
                age < 30 ? AgeBand.YOUNG : age < 45 ? AgeBand.MIDDLE : AgeBand.OLDER);
    }

    private static final String[] CATEGORIES = {"视力", "听力", "言语", "肢体", "智力", "精神", "多重"};

    public String label() {
        String category = this.category >= 1 && this.category <= 7 ? CATEGORIES[this.category - 1] : String.valueOf(this.category);
        return category + "残疾 · " + gradeBand.label() + " · " + ageBand.label();
    }

    public String categoryLabel() {
        return (category >= 1 && category <= 7 ? CATEGORIES[category - 1] : String.valueOf(category)) + "残疾";
    }
}
