package org.zhuye.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/**
 * Reads of people's or accounts' data must say whose area they are for. Every public read
 * method of a {@link JurisdictionScoped} class takes a {@link Jurisdiction}, or carries an
 * {@link OutsideJurisdiction} that gives the reason.
 */
class JurisdictionRuleTest {

    private static final String READ_PREFIXES = "^(find|list|search|count|get|load|stream|read|page|export).*";

    static final ArchRule READS_TAKE_A_JURISDICTION = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(JurisdictionScoped.class)
            .and().haveNameMatching(READ_PREFIXES)
            .and().arePublic()
            .and(DescribedPredicate.describe("are not exempted", (JavaMethod m) -> !m.isAnnotatedWith(OutsideJurisdiction.class)))
            .should(new ArchCondition<JavaMethod>("take a Jurisdiction parameter") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean takesOne = method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Jurisdiction.class));
                    if (!takesOne && !method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " 读取数据却没有 Jurisdiction 参数"));
                    }
                }
            });

    @Test
    void everyScopedRepositoryReadTakesAJurisdiction() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.zhuye");
        assertThat(production.stream().filter(c -> c.isAnnotatedWith(JurisdictionScoped.class)))
                .as("the rule must have repositories to check").isNotEmpty();
        READS_TAKE_A_JURISDICTION.check(production);
    }

    @Test
    void theRuleCatchesARepositoryThatReadsWithoutOne() {
        JavaClasses offender = new ClassFileImporter().importClasses(LeakyRepository.class);
        assertThatThrownBy(() -> READS_TAKE_A_JURISDICTION.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("findEveryone");
    }

    @JurisdictionScoped
    static class LeakyRepository {
        public java.util.List<String> findEveryone() {
            return java.util.List.of();
        }

        public java.util.List<String> findInArea(Jurisdiction jurisdiction) {
            return java.util.List.of();
        }
    }
}
