package org.citizencharter.office;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * POI, jsoup and PDFBox stay in this module: charter-io (what a JSON-only host embeds) neither declares nor
 * uses them; this module's public API shows none of them and no internal type; its packages are acyclic.
 */
class ArchitectureTest {

    private static final JavaClasses IO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citizencharter.io", "org.citizencharter.core");

    private static final JavaClasses OFFICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citizencharter.office");

    @Test
    void charterIoAndCoreUseNoOfficeLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.jsoup..",
                "org.apache.pdfbox..", "org.apache.fontbox..", "org.openxmlformats..").check(IO);
    }

    @Test
    void charterIoDeclaresNoOfficeLibrary() throws IOException {
        for (String module : List.of("charter-io", "charter-core", "charter-rules")) {
            String pom = Files.readString(Path.of("..", module, "pom.xml"), StandardCharsets.UTF_8);
            assertThat(pom).as(module).doesNotContain("poi").doesNotContain("jsoup").doesNotContain("pdfbox")
                    .doesNotContain("charter-office");
        }
    }

    @Test
    void packagesAreAcyclic() {
        slices().matching("org.citizencharter.office.(**)").should().beFreeOfCycles().check(OFFICE);
    }

    @Test
    void thePublicApiShowsNoInternalOrLibraryType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : List.of(OfficeFileReader.class, OfficeFormat.class, OfficeLimits.class, OfficeTable.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    Stream.concat(Stream.of(method.getReturnType()), Stream.of(method.getParameterTypes()))
                            .filter(used -> used.getName().contains(".internal.") || used.getName().startsWith("org.apache")
                                    || used.getName().startsWith("org.jsoup"))
                            .forEach(used -> leaks.add(type.getSimpleName() + "." + method.getName() + " uses " + used));
                }
            }
        }
        assertThat(leaks).isEmpty();
    }
}
