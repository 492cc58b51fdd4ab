package org.citizencharter.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the sample files, whether an example runs from the repository root or from charter-examples. */
final class Samples {

    private Samples() {
    }

    /**
     * A sample file.
     *
     * @param name its path under {@code samples/}, such as {@code "coxsbazar-cc-2022-23-q3.tsv"}
     * @return the path
     */
    static Path path(String name) {
        Path fromRoot = Path.of("charter-examples", "samples", name);
        return Files.exists(fromRoot) ? fromRoot : Path.of("samples", name);
    }
}
