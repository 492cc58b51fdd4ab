package org.citizencharter.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The modules' layering, over every module's main code: core below rules and io, which do not know each other. */
class ArchitectureTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.citizencharter");

    @Test
    void coreKnowsNoOtherModule() {
        noClasses().that().resideInAPackage("org.citizencharter.core..").should().dependOnClassesThat()
                .resideInAnyPackage("org.citizencharter.rules..", "org.citizencharter.io..",
                        "org.citizencharter.examples..").check(ALL);
    }

    @Test
    void rulesAndIoDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.citizencharter.rules..").should().dependOnClassesThat()
                .resideInAnyPackage("org.citizencharter.io..", "org.citizencharter.examples..").check(ALL);
        noClasses().that().resideInAPackage("org.citizencharter.io..").should().dependOnClassesThat()
                .resideInAnyPackage("org.citizencharter.rules..", "org.citizencharter.examples..").check(ALL);
    }

    @Test
    void theModulesAreFreeOfCycles() {
        slices().matching("org.citizencharter.(*)..").should().beFreeOfCycles().check(ALL);
    }
}
