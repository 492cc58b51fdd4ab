package org.citizencharter.io.table;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The table and report packages depend on charter-core, Eclipse Collections, ICU4J and Commons CSV only (not on
 * charter-rules, nor on the JSON side of charter-io), and the internal package depends on no API package.
 */
class TablesArchitectureTest {

    private static final JavaClasses TABLES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citizencharter.io.table", "org.citizencharter.io.report",
                    "org.citizencharter.io.internal.table");

    @Test
    void dependOnlyOnCoreCollectionsAndCommonsCsv() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.annotation..",
                "org.eclipse.collections..", "org.apache.commons.csv..", "com.ibm.icu..", "org.citizencharter.core..",
                "org.citizencharter.io.table..", "org.citizencharter.io.report..",
                "org.citizencharter.io.internal.table..").check(TABLES);
    }

    @Test
    void theInternalPackageServesTheApiNotTheOtherWayRound() {
        classes().that().resideInAPackage("org.citizencharter.io.internal.table..").should().onlyDependOnClassesThat()
                .resideOutsideOfPackages("org.citizencharter.io.table..", "org.citizencharter.io.report..")
                .check(TABLES);
    }

    @Test
    void packagesAreAcyclic() {
        slices().matching("org.citizencharter.io.(**)").should().beFreeOfCycles().check(TABLES);
    }
}
