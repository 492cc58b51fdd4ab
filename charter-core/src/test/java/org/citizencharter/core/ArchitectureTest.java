package org.citizencharter.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** charter-core depends on no framework beyond Eclipse Collections and ICU4J, and its packages are acyclic. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citizencharter.core");

    @Test
    void dependsOnlyOnTheJdkEclipseCollectionsAndIcu() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.eclipse.collections..",
                "com.ibm.icu..", "org.citizencharter.core..").check(CORE);
    }

    @Test
    void noKieOrJacksonTypes() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..",
                "com.fasterxml..").check(CORE);
    }

    @Test
    void packagesAreAcyclic() {
        slices().matching("org.citizencharter.(**)").should().beFreeOfCycles().check(CORE);
    }
}
