package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./charter} launcher's choice to rebuild, on a copy of the repository's poms with one file in
 * each module's sources: only the main sources and poms of the modules the command is built from count.
 * The launcher is asked through {@code CHARTER_LAUNCHER_TEST}, so nothing is built or run.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LauncherTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final FileTime SOURCES = FileTime.fromMillis(1_700_000_000_000L);
    private static final FileTime BUILT = FileTime.fromMillis(1_700_000_100_000L);
    private static final FileTime LATER = FileTime.fromMillis(1_700_000_200_000L);

    @TempDir
    Path root;

    @BeforeEach
    void copyTheRepositorysPoms() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash");
        Files.copy(REPOSITORY.resolve("charter"), root.resolve("charter"));
        root.resolve("charter").toFile().setExecutable(true);
        Files.copy(REPOSITORY.resolve("pom.xml"), root.resolve("pom.xml"));
        Files.setLastModifiedTime(root.resolve("pom.xml"), SOURCES);
        try (Stream<Path> modules = Files.list(REPOSITORY)) {
            for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("charter-")
                    && Files.isRegularFile(m.resolve("pom.xml"))).toList()) {
                Path copy = Files.createDirectories(root.resolve(module.getFileName().toString()));
                Files.copy(module.resolve("pom.xml"), copy.resolve("pom.xml"));
                Files.setLastModifiedTime(copy.resolve("pom.xml"), SOURCES);
                for (String sources : List.of("src/main/java", "src/test/java")) {
                    Path file = Files.createDirectories(copy.resolve(sources)).resolve("Some.java");
                    Files.writeString(file, "class Some {}");
                    Files.setLastModifiedTime(file, SOURCES);
                }
            }
        }
        Path jar = Files.createDirectories(root.resolve("charter-examples/target"))
                .resolve("charter-examples-0.1.0-SNAPSHOT-cli.jar");
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, BUILT);
    }

    private String ask(String what, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/bash", root.resolve("charter").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CHARTER_LAUNCHER_TEST", what);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out.strip();
    }

    private String afterChanging(String file) throws IOException, InterruptedException {
        Files.setLastModifiedTime(root.resolve(file), LATER);
        try {
            return ask("stale");
        } finally {
            Files.setLastModifiedTime(root.resolve(file), SOURCES);
        }
    }

    @Test
    void theCommandIsBuiltFromTheModulesItNeedsAtRunTime() throws Exception {
        assertThat(ask("modules").lines()).containsExactlyInAnyOrder("charter-examples", "charter-core",
                "charter-rules", "charter-io", "charter-office", "charter-rules-authoring");
    }

    @Test
    void onlyTheirMainSourcesAndPomsMakeItRebuild() throws Exception {
        assertThat(ask("stale")).isEqualTo("fresh");
        assertThat(afterChanging("charter-core/src/main/java/Some.java")).isEqualTo("stale");
        assertThat(afterChanging("charter-office/src/main/java/Some.java")).isEqualTo("stale");
        assertThat(afterChanging("charter-examples/src/main/java/Some.java")).isEqualTo("stale");
        assertThat(afterChanging("charter-io/pom.xml")).isEqualTo("stale");
        assertThat(afterChanging("pom.xml")).isEqualTo("stale");
        assertThat(afterChanging("charter-benchmarks/src/main/java/Some.java")).isEqualTo("fresh");
        assertThat(afterChanging("charter-benchmarks/pom.xml")).isEqualTo("fresh");
        assertThat(afterChanging("charter-testkit/src/main/java/Some.java")).isEqualTo("fresh");
        assertThat(afterChanging("charter-jackson3/src/main/java/Some.java")).isEqualTo("fresh");
        assertThat(afterChanging("charter-examples/src/test/java/Some.java")).isEqualTo("fresh");
        assertThat(afterChanging("charter-core/src/test/java/Some.java")).isEqualTo("fresh");
        Files.delete(root.resolve("charter-examples/target/charter-examples-0.1.0-SNAPSHOT-cli.jar"));
        assertThat(ask("stale")).isEqualTo("stale");
    }

    @Test
    void aBatchGetsACheapOptimisingJitFixedSurvivorSpacesAndAHeapAfterTheSizeOfItsPlans() throws Exception {
        Path plans = root.resolve("plans.jsonl");
        Files.write(plans, Collections.nCopies(100, "{" + "x".repeat(9_998) + "}"));
        Path big = root.resolve("big.jsonl");
        Files.write(big, Collections.nCopies(1_000, "{" + "x".repeat(9_998) + "}"));
        // 10,001 bytes a line: 256 MB + 512 plans of 32 bytes a byte of theirs.
        assertThat(ask("jvm", "batch", plans.toString(), "--out", "cards.jsonl").lines())
                .contains("-XX:MaxInlineLevel=3", "-XX:+UseParallelGC", "-XX:-UseAdaptiveSizePolicy",
                        "-XX:SurvivorRatio=4", "-Xmx412m")
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        // What follows --out is not the input, even when it is the larger file.
        assertThat(ask("jvm", "batch", plans.toString(), "--out", big.toString()).lines()).contains("-Xmx412m");
        // Standard input: the same JIT and collector, the JVM's own heap (the command's HeapBudget holds it).
        assertThat(ask("jvm", "batch", "-", "--out", "cards.jsonl").lines())
                .contains("-XX:MaxInlineLevel=3", "-XX:+UseParallelGC", "-XX:-UseAdaptiveSizePolicy")
                .noneMatch(option -> option.startsWith("-Xmx") || option.startsWith("-XX:TieredStopAtLevel"));
        assertThat(ask("jvm", "score", plans.toString()).lines())
                .contains("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=4", "-XX:+UseSerialGC")
                .noneMatch(option -> option.startsWith("-Xmx") || option.startsWith("-XX:ArchiveRelocationMode"));
        assertThat(ask("jvm", "batch", plans.toString(), "--out", "cards.jsonl").lines())
                .doesNotContain("-XX:CompileThresholdScaling=4");
    }
}
