package org.citizencharter.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** No KIE type in charter-rules' public signatures; charter-rules does not depend on charter-io. */
class ArchitectureTest {

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citizencharter.rules");

    private static final DescribedPredicate<JavaClass> API = DescribedPredicate.describe("charter's API",
            type -> type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC) && !type.getPackageName().contains(".internal")
                    && type.getPackageName().startsWith("org.citizencharter.rules")
                    && !type.getSimpleName().startsWith("Rules") && !type.getSimpleName().startsWith("DomainClasses")
                    && !type.getPackageName().matches("org\\.citizencharter\\.rules\\.P[0-9A-F]+.*"));

    @Test
    void noKieTypeInThePublicApi() {
        methods().that().arePublic().and().areDeclaredInClassesThat(API)
                .should(new ArchCondition<>("not use KIE or Drools types in their signatures") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean kie = method.getRawReturnType().getPackageName().matches("org\\.(kie|drools).*")
                                || method.getRawParameterTypes().stream()
                                        .anyMatch(type -> type.getPackageName().matches("org\\.(kie|drools).*"));
                        if (kie) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " uses a KIE type"));
                        }
                    }
                }).check(RULES);
    }

    @Test
    void doesNotDependOnCharterIo() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.citizencharter.io..").check(RULES);
    }
}
