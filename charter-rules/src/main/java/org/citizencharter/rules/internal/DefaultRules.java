package org.citizencharter.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.citizencharter.core.CharterException;
import org.drools.model.Model;

/**
 * Loads charter's default rules, compiled to the executable model when charter-rules was built: the
 * kie-maven-plugin lists the generated model class in {@value #MODEL_LIST}. Nothing is compiled at
 * run time. Not API.
 */
public final class DefaultRules {

    /** Where the build lists the generated model classes. */
    public static final String MODEL_LIST = "META-INF/kie/org.citizencharter/charter-rules/drools-model";

    /** The package of the default rules. */
    public static final String PACKAGE = "org.citizencharter.rules";

    private static volatile Model model;

    private DefaultRules() {
    }

    /**
     * The precompiled model of the default rules, loaded once.
     *
     * @return the model
     */
    public static Model model() {
        Model loaded = model;
        if (loaded == null) {
            synchronized (DefaultRules.class) {
                loaded = model;
                if (loaded == null) {
                    loaded = load();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    private static Model load() {
        ClassLoader loader = DefaultRules.class.getClassLoader();
        String list;
        try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                throw new CharterException("charter-rules was built without its rules: " + MODEL_LIST + " is missing");
            }
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CharterException("The list of charter's rule models cannot be read", e);
        }
        String className = list.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("Drools-Model-Version"))
                .findFirst()
                .orElseThrow(() -> new CharterException("No rule model is listed in " + MODEL_LIST));
        try {
            return (Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new CharterException("charter's rule model (" + className + ") cannot be loaded", e);
        }
    }
}
