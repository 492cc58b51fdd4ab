package org.citizencharter.examples.cli;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An input the command reads: a file, or standard input for {@code -}. It is opened once and read once,
 * through one buffered stream, so that a pipe, a FIFO or {@code <(…)} reads as a file does: what format it
 * holds is told from its first bytes with mark and reset, never by opening it again or seeking.
 */
final class Input implements AutoCloseable {

    /** The name of standard input in messages. */
    static final String STANDARD_INPUT = "standard input";

    /** How many first bytes tell JSON from a table. */
    private static final int HEAD = 64;

    private final String name;
    private final Optional<Path> path;
    private final BufferedInputStream stream;

    private Input(String name, Optional<Path> path, InputStream in) {
        this.name = name;
        this.path = path;
        this.stream = new BufferedInputStream(in, 1 << 16);
    }

    /**
     * Opens an input.
     *
     * @param argument the file, or {@code -} for standard input
     * @param terminal the command's streams
     * @return the input, open
     * @throws FileException if the file is missing, a directory, or cannot be read
     */
    static Input open(String argument, Terminal terminal) {
        if (argument.equals("-")) {
            return new Input(STANDARD_INPUT, Optional.empty(), terminal.in());
        }
        Path file = Path.of(argument);
        return new Input(argument, Optional.of(file), openFile(file));
    }

    /**
     * Opens a file for reading, or says in one line why it cannot be.
     *
     * @param file the file
     * @return its bytes
     * @throws FileException if the file is missing, a directory, or cannot be read
     */
    static InputStream openFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new FileException(file + " is a directory, not a file. Maybe name a file in it.", null);
        }
        if (!Files.exists(file)) {
            throw new FileException("There is no file " + file + ". Maybe check the name.", null);
        }
        try {
            // A pipe, a FIFO or /dev/fd/N (from <(…)) is no channel that can seek: on JDK 17, available() on
            // Files.newInputStream of one fails with "Illegal seek". A FileInputStream asks the system instead.
            return Files.isRegularFile(file) ? Files.newInputStream(file) : new FileInputStream(file.toFile());
        } catch (FileNotFoundException denied) {
            throw new FileException("The file " + file + " cannot be read: " + denied.getMessage() + ".", denied);
        } catch (AccessDeniedException denied) {
            throw new FileException("The file " + file + " cannot be read: permission denied.", denied);
        } catch (IOException failed) {
            throw new FileException("The file " + file + " cannot be read: " + failed.getMessage() + ".", failed);
        }
    }

    /**
     * Checks that a file can be read, or says in one line why not.
     *
     * @param file the file
     * @throws FileException if the file is missing, a directory, or cannot be read
     */
    static void checkReadable(Path file) {
        InputStream in = openFile(file);
        try {
            in.close();
        } catch (IOException ignored) {
            // closing a file only read from loses nothing
        }
    }

    /** The input's name in messages: the file as given, or "standard input". */
    String name() {
        return name;
    }

    /** The file, unless the input is standard input. */
    Optional<Path> path() {
        return path;
    }

    /** The bytes, from the first. */
    InputStream stream() {
        return stream;
    }

    /**
     * Whether the input holds JSON: by its name, or by its first character, as a table never begins with
     * { or [. The bytes looked at are read again by whoever reads the input.
     *
     * @return true for JSON
     */
    boolean isJson() {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".jsonl")) {
            return true;
        }
        String text = new String(head(), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        return text.startsWith("{") || text.startsWith("[");
    }

    /** The first bytes, left to be read again. */
    byte[] head() {
        return head(HEAD);
    }

    /**
     * The first bytes, left to be read again.
     *
     * @param length how many, at most
     * @return the bytes
     */
    byte[] head(int length) {
        try {
            stream.mark(length);
            byte[] head = stream.readNBytes(length);
            stream.reset();
            return head;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() {
        if (path.isPresent()) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // Only read from: nothing is lost.
            }
        }
    }
}
