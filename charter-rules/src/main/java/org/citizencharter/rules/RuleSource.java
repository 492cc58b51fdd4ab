package org.citizencharter.rules;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citizencharter.core.CharterException;

/**
 * A rule author's DRL, with the name its errors are reported under (a file name, a classpath resource,
 * or a name the author chooses). Immutable.
 *
 * <p>Author DRL is code: it runs with the host's rights. Load it only from trusted places.
 *
 * @param name the name errors are reported under, such as {@code "rules/floor.drl"}
 * @param drl the DRL text
 */
public record RuleSource(String name, String drl) {

    /**
     * Checks the parts.
     *
     * @param name the name
     * @param drl the DRL text
     */
    public RuleSource {
        requireNonNull(name, "name");
        requireNonNull(drl, "drl");
    }

    /**
     * DRL given as text.
     *
     * @param name the name errors are reported under
     * @param drl the DRL
     * @return the source
     */
    public static RuleSource of(String name, String drl) {
        return new RuleSource(name, drl);
    }

    /**
     * DRL read from a file, as UTF-8.
     *
     * @param file the file
     * @return the source, named by the file's path
     * @throws CharterException if the file cannot be read
     */
    public static RuleSource fromFile(Path file) {
        try {
            return new RuleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CharterException("The rule file (" + file + ") cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * DRL read from the classpath, as UTF-8.
     *
     * @param resource the resource's path, such as {@code "rules/floor.drl"}
     * @return the source, named by the resource
     * @throws CharterException if there is no such resource
     */
    public static RuleSource fromClasspath(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : RuleSource.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new CharterException("There is no rule resource (" + resource + ") on the classpath");
            }
            return new RuleSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CharterException("The rule resource (" + resource + ") cannot be read: " + e.getMessage(), e);
        }
    }
}
