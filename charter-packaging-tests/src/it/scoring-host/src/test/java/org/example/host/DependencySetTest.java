package org.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The run-time class path of a host that only scores holds no part of the DRL compiler chain, and its
 * size is written to target/dependency-set.txt (the README's dependency table comes from it).
 */
class DependencySetTest {

    /** The compiler chain, by jar name: none may be on a scoring host's class path. */
    private static final List<String> COMPILER_CHAIN = List.of("ecj-", "drools-ecj-", "javaparser-",
            "drools-mvel-parser-", "drools-mvel-compiler-", "mvel2-", "antlr-runtime-", "antlr4-runtime-",
            "drools-drl-parser-", "drools-model-codegen-");

    @Test
    void noPartOfTheCompilerChainIsOnTheClassPath() throws IOException {
        List<Path> jars = runtimeJars();
        List<String> found = new ArrayList<>();
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            for (String banned : COMPILER_CHAIN) {
                if (name.startsWith(banned)) {
                    found.add(name);
                }
            }
        }
        assertEquals(List.of(), found, "compiler jars on a scoring host's class path");
        for (String type : List.of("org.eclipse.jdt.internal.compiler.Compiler", "com.github.javaparser.JavaParser",
                "org.antlr.v4.runtime.Parser", "org.antlr.runtime.Parser", "org.drools.drl.parser.DrlParser",
                "org.drools.model.codegen.ExecutableModelProject", "org.drools.mvelcompiler.MvelCompiler")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(type), type);
        }
    }

    @Test
    void theClassPathIsMeasured() throws IOException {
        List<Path> jars = runtimeJars();
        long bytes = 0;
        StringBuilder listing = new StringBuilder();
        for (Path jar : jars) {
            long size = Files.size(jar);
            bytes += size;
            listing.append(String.format(Locale.ROOT, "%10d %s%n", size, jar.getFileName()));
        }
        String summary = String.format(Locale.ROOT, "scoring host (charter-rules, charter-io): %d jars, %.1f MB%n",
                jars.size(), bytes / 1e6);
        Files.writeString(Path.of("target", "dependency-set.txt"), summary + listing, StandardCharsets.UTF_8);
        System.out.print(summary);
        assertTrue(jars.size() > 3, "the class path lists charter and its dependencies");
    }

    /** The project's run-time dependencies, as the dependency plugin resolved them. */
    private static List<Path> runtimeJars() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("charter.classpath")), StandardCharsets.UTF_8).strip();
        List<Path> jars = new ArrayList<>();
        for (String entry : text.split(File.pathSeparator)) {
            jars.add(Path.of(entry));
        }
        return jars;
    }
}
