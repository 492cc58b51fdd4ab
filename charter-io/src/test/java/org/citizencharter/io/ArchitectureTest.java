package org.citizencharter.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * charter-io depends on core, not on the rules engine; its JSON uses no class-name polymorphic typing;
 * it uses no internal class of Jackson (no parser implementation); its public API shows no internal type;
 * and its packages are acyclic.
 */
class ArchitectureTest {

    private static final JavaClasses IO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citizencharter.io");

    @Test
    void doesNotDependOnTheRulesEngine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.citizencharter.rules..", "org.kie..",
                "org.drools..").check(IO);
    }

    @Test
    void usesNoPolymorphicTypingByClassName() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.annotation..",
                "com.fasterxml.jackson.databind.jsontype..").check(IO);
    }

    @Test
    void usesNoInternalClassOfJackson() {
        // Parser implementations, their base classes, symbol tables and I/O helpers; the public features of the json package stay.
        noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("com.fasterxml.jackson.core.json..",
                "com.fasterxml.jackson.core.base..", "com.fasterxml.jackson.core.sym..", "com.fasterxml.jackson.core.io..")
                .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameEndingWith("Feature")))).check(IO);
    }

    @Test
    void packagesAreAcyclic() {
        slices().matching("org.citizencharter.io.(**)").should().beFreeOfCycles().check(IO);
    }

    @Test
    void thePublicApiShowsNoInternalType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : List.of(CharterJson.class, CharterModule.class, JsonLimits.class, JsonLayout.class,
                DocumentWriter.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    Stream.concat(Stream.of(method.getReturnType()), Stream.of(method.getParameterTypes()))
                            .filter(used -> used.getName().contains(".internal."))
                            .forEach(used -> leaks.add(type.getSimpleName() + "." + method.getName() + " uses " + used));
                }
            }
        }
        assertThat(leaks).isEmpty();
    }
}
