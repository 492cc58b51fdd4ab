package org.example.host;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The run-time class path of a host that compiles DRL, measured into target/dependency-set.txt. */
class ClassPathSizeTest {

    @Test
    void theClassPathIsMeasuredAndHoldsTheCompiler() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("charter.classpath")), StandardCharsets.UTF_8).strip();
        long bytes = 0;
        int jars = 0;
        boolean compiler = false;
        StringBuilder listing = new StringBuilder();
        for (String entry : text.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            long size = Files.size(jar);
            bytes += size;
            jars++;
            compiler |= jar.getFileName().toString().startsWith("drools-model-codegen-");
            listing.append(String.format(Locale.ROOT, "%10d %s%n", size, jar.getFileName()));
        }
        String summary = String.format(Locale.ROOT,
                "authoring host (charter-rules, charter-rules-authoring): %d jars, %.1f MB%n", jars, bytes / 1e6);
        Files.writeString(Path.of("target", "dependency-set.txt"), summary + listing, StandardCharsets.UTF_8);
        System.out.print(summary);
        assertTrue(compiler, "charter-rules-authoring brings drools-model-codegen");
    }
}
