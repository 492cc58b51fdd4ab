package org.citizencharter.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a command writes: a file, or standard output for {@code -}. A file is never one of the command's
 * inputs (compared by real path and by file key, so links and other spellings of it are seen), and is
 * written to a temporary file beside it, moved into its place only when all of it is written: a run that
 * fails leaves the file that was there before, never half of a new one. A file that is not a regular
 * file (a FIFO, a device) is written directly.
 */
final class Output {

    /** Writes the output. */
    @FunctionalInterface
    interface Writing {
        void writeTo(OutputStream out) throws IOException;
    }

    private final String argument;
    private final Optional<Path> file;

    private Output(String argument, Optional<Path> file) {
        this.argument = argument;
        this.file = file;
    }

    /**
     * An output, checked against the inputs before anything is read or written.
     *
     * @param argument the file, or {@code -} for standard output
     * @param inputs the files the command reads
     * @return the output
     * @throws UsageException if the output is one of the inputs
     * @throws FileException if its directory does not exist, or it is a directory
     */
    static Output of(String argument, Collection<Path> inputs) {
        if (argument.equals("-")) {
            return new Output(argument, Optional.empty());
        }
        Path target = Path.of(argument);
        Path directory = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new FileException("The output " + target + " is a directory. Maybe name a file in it.", null);
        }
        if (directory == null || !Files.isDirectory(directory)) {
            throw new FileException("The directory " + directory + " of the output " + target + " does not exist."
                    + " Maybe create it, or write elsewhere.", null);
        }
        for (Path input : inputs) {
            if (sameFile(target, input)) {
                throw new UsageException("The output " + target + " is the input " + input + ": writing it would"
                        + " destroy the input. Maybe write to another file.");
            }
        }
        return new Output(argument, Optional.of(target));
    }

    /** Whether two paths name one file: the same real path, or the same file key (a hard link). */
    static boolean sameFile(Path a, Path b) {
        if (!Files.exists(a) || !Files.exists(b)) {
            return false;
        }
        try {
            if (a.toRealPath().equals(b.toRealPath())) {
                return true;
            }
            Object keyA = Files.readAttributes(a, BasicFileAttributes.class).fileKey();
            Object keyB = Files.readAttributes(b, BasicFileAttributes.class).fileKey();
            return keyA != null && keyA.equals(keyB);
        } catch (IOException unknown) {
            // What cannot be compared is taken to be the same: an input is never risked.
            return true;
        }
    }

    /** The output's name, as given. */
    String name() {
        return argument;
    }

    /** Whether the output is standard output. */
    boolean isStandardOutput() {
        return file.isEmpty();
    }

    /**
     * Writes the output: to standard output, or to a temporary file moved into place when done.
     *
     * @param terminal the command's streams
     * @param writing what to write
     * @throws FileException if the file cannot be written
     * @throws UncheckedIOException if standard output cannot be written
     */
    void write(Terminal terminal, Writing writing) {
        if (file.isEmpty()) {
            try {
                writing.writeTo(terminal.out());
                terminal.out().flush();
            } catch (IOException failed) {
                throw new UncheckedIOException(new Terminal.StandardOutputException(failed));
            }
            return;
        }
        Path target = file.get();
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A FIFO or a device (/dev/stdout): nothing to replace, so written as it is.
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                writing.writeTo(out);
            } catch (IOException failed) {
                throw unwritable(target, failed);
            }
            return;
        }
        Path directory = Objects.requireNonNull(target.toAbsolutePath().getParent());
        Path temporary = null;
        Thread strayRemover = null;
        try {
            temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".part");
            // Stopped by a signal (Ctrl-C in a long batch), the JVM runs its shutdown hooks but not this
            // method's finally: the hook removes what would be a stray temporary file beside the output.
            strayRemover = strayRemover(temporary);
            Runtime.getRuntime().addShutdownHook(strayRemover);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                writing.writeTo(out);
            }
            keepPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException failed) {
            throw unwritable(target, failed);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
            if (strayRemover != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(strayRemover);
                } catch (IllegalStateException shuttingDown) {
                    // The hook runs or has run; it deletes a file that is gone or was never moved.
                }
            }
        }
    }

    private static Thread strayRemover(Path temporary) {
        return new Thread(() -> deleteQuietly(temporary), "charter-output-cleanup");
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // A stray temporary file is named after the output and ends in .part.
        }
    }

    /**
     * A temporary file is made readable by its owner only; the output gets the permissions of the file it
     * replaces, or those of a new file (read and write for the owner, read for others).
     */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
                : PosixFilePermissions.fromString("rw-r--r--");
        view.setPermissions(permissions);
    }

    private static FileException unwritable(Path target, IOException failed) {
        String reason = failed instanceof AccessDeniedException ? "permission denied" : failed.getMessage();
        return new FileException("The output " + target + " cannot be written: " + reason
                + ". Nothing was changed; maybe free space or write elsewhere.", failed);
    }
}
