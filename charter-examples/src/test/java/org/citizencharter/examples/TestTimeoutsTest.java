package org.citizencharter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A timeout in a test guards against a hang, never checks speed (speed belongs to the JMH benchmarks): on a
 * loaded machine a one-second bound fails tests that are right. Every {@code @Timeout} and
 * {@code assertTimeout} in every module's tests is 30 seconds or more.
 */
class TestTimeoutsTest {

    private static final Duration LEAST = Duration.ofSeconds(30);
    private static final Pattern ANNOTATION = Pattern.compile(
            "@Timeout\\(\\s*(?:value\\s*=\\s*)?(\\d+)\\s*(?:,\\s*unit\\s*=\\s*(?:TimeUnit\\.)?(\\w+))?");
    private static final Pattern ASSERTION = Pattern.compile(
            "assertTimeout(?:Preemptively)?\\(\\s*Duration\\.of(Millis|Seconds|Minutes)\\(\\s*(\\d+)\\s*\\)");

    @Test
    void noTestTimesItselfUnderThirtySeconds() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> tooShort = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(TestTimeoutsTest::isTestSource).toList()) {
                String text = read(file);
                Matcher annotation = ANNOTATION.matcher(text);
                while (annotation.find()) {
                    seen++;
                    Duration bound = of(Long.parseLong(annotation.group(1)),
                            annotation.group(2) == null ? "SECONDS" : annotation.group(2));
                    if (bound.compareTo(LEAST) < 0) {
                        tooShort.add(root.relativize(file) + ": " + annotation.group());
                    }
                }
                Matcher assertion = ASSERTION.matcher(text);
                while (assertion.find()) {
                    seen++;
                    Duration bound = of(Long.parseLong(assertion.group(2)), assertion.group(1).toUpperCase(Locale.ROOT));
                    if (bound.compareTo(LEAST) < 0) {
                        tooShort.add(root.relativize(file) + ": " + assertion.group());
                    }
                }
            }
        }
        assertThat(seen).as("timeouts found, so that the scan is known to look").isPositive();
        assertThat(tooShort).as("timeouts under 30 s: make them hang guards of 30 s or more").isEmpty();
    }

    private static boolean isTestSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && path.contains("/src/test/") && !path.contains("/target/")
                && !path.endsWith("/TestTimeoutsTest.java");
    }

    private static Duration of(long amount, String unit) {
        return switch (unit) {
            case "MILLISECONDS", "MILLIS" -> Duration.ofMillis(amount);
            case "MINUTES" -> Duration.ofMinutes(amount);
            case "HOURS" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
