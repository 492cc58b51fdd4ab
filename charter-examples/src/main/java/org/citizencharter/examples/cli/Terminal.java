package org.citizencharter.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The standard streams of one run of the command, and what became of standard output: every byte written
 * to it goes through here, so that a write that fails (a full disk, {@code > /dev/full}) is noticed and
 * reported, and a pipe closed by its reader ends the command quietly. Text is always UTF-8, whatever the
 * platform's default charset. Not thread-safe, except that {@link #out()} may be written by one thread at a
 * time from any thread.
 */
final class Terminal {

    /** Line breaks with the spaces and tabs around them. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*(?:\\r\\n|[\\r\\n])[ \\t\\r\\n]*");

    private final InputStream in;
    private final CheckedOutput out;
    private final PrintWriter text;
    private final PrintStream err;

    Terminal(InputStream in, OutputStream out, PrintStream err) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = new CheckedOutput(Objects.requireNonNull(out, "out"));
        this.text = new PrintWriter(new OutputStreamWriter(this.out, StandardCharsets.UTF_8), false);
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Standard input. */
    InputStream in() {
        return in;
    }

    /** Standard output as bytes; a failed write throws, and is remembered. */
    OutputStream out() {
        return out;
    }

    /** Standard output as UTF-8 text; flush it, then {@link #finish()} tells whether it was all written. */
    PrintWriter text() {
        return text;
    }

    /** Standard error. */
    PrintStream err() {
        return err;
    }

    /**
     * Flushes standard output and says whether everything written reached it.
     *
     * @throws UncheckedIOException if a write failed, unless the reader closed the pipe
     */
    void finish() {
        text.flush();
        try {
            out.flush();
        } catch (IOException failed) {
            // remembered by the stream
        }
        if (out.failure != null && !outputClosed()) {
            throw new UncheckedIOException(new StandardOutputException(out.failure));
        }
    }

    /** Whether standard output was closed by the program reading it (a broken pipe). */
    boolean outputClosed() {
        return out.failure != null && isBrokenPipe(out.failure);
    }

    /**
     * Whether a write failed because the reader of a pipe went away: EPIPE on Unix, "the pipe is being
     * closed" on Windows. The JDK says so only in the message.
     */
    static boolean isBrokenPipe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof IOException && message != null
                    && (message.contains("Broken pipe") || message.contains("pipe is being closed"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text from a plan or an input, made safe to print on a terminal: control characters (an ANSI escape
     * begins with one), and the invisible characters that reorder text (bidirectional overrides and
     * isolates), are shown as {@code \\uXXXX}, tabs and line breaks as {@code \\t}, {@code \\n} and
     * {@code \\r}. Bengali's joiners (ZWJ, ZWNJ) are kept: they are part of its spelling.
     *
     * @param text the text, or null
     * @return the text as it may be printed
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '\t') {
                replacement = "\\t";
            } else if (c == '\n') {
                replacement = "\\n";
            } else if (c == '\r') {
                replacement = "\\r";
            } else if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\u061C') {
                replacement = "\\u" + hex(c);
            }
            if (replacement != null && shown == null) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (shown != null) {
                if (replacement != null) {
                    shown.append(replacement);
                } else {
                    shown.append(c);
                }
            }
        }
        return shown == null ? text : shown.toString();
    }

    /**
     * A name from a plan on one line of a table: its line breaks (a cell of Word or Excel written on several lines,
     * "প্রাতিষ্ঠানিক↵ব্যবস্থা"), with the blanks around them, as one space; then {@linkplain #printable(String)
     * printable}.
     *
     * @param name the name, or null
     * @return the name as it may be printed in a row
     */
    static String oneLine(String name) {
        return name == null ? "" : printable(LINE_BREAKS.matcher(name).replaceAll(" "));
    }

    private static String hex(char c) {
        String digits = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(4 - digits.length()) + digits;
    }

    /** A failed write to standard output, other than a closed pipe. */
    static final class StandardOutputException extends IOException {
        private static final long serialVersionUID = 1L;

        StandardOutputException(IOException cause) {
            super("Standard output cannot be written: " + cause.getMessage(), cause);
        }
    }

    /** Passes bytes on and remembers the first write that failed; writes after it fail at once. */
    private static final class CheckedOutput extends FilterOutputStream {
        private volatile IOException failure;

        CheckedOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (failure != null) {
                throw failure;
            }
            try {
                out.write(bytes, offset, length);
            } catch (IOException failed) {
                failure = failed;
                throw failed;
            }
        }

        @Override
        public void flush() throws IOException {
            if (failure != null) {
                throw failure;
            }
            try {
                out.flush();
            } catch (IOException failed) {
                failure = failed;
                throw failed;
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
