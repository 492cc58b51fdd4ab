package org.citizencharter.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;

/**
 * The progress line of {@code charter batch} on a terminal: plans scored, and for a file the percent of it
 * read, plans a second and the time left, rewritten in place at most five times a second. Not thread-safe:
 * the command's thread alone uses it.
 */
final class Progress {

    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final Language language;
    private final long totalBytes;
    private final long started;
    private long shown;
    private boolean any;
    private int width;

    Progress(PrintWriter err, Language language, long totalBytes, long started) {
        this.err = err;
        this.language = language;
        this.totalBytes = totalBytes;
        this.started = started;
    }

    /**
     * Whether standard error is a terminal: there is a console, and on Linux file descriptor 2 is a terminal
     * device rather than a file or pipe (a console only says that standard input and output are terminals).
     *
     * @return true to show progress
     */
    static boolean onTerminal() {
        if (System.console() == null) {
            return false;
        }
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(stderr)) {
            try {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                return true;
            }
        }
        return true;
    }

    /** Shows the line if the last was shown long enough ago. */
    void show(long scored, long bytesRead, long now) {
        if (any && now - shown < EVERY_NANOS) {
            return;
        }
        any = true;
        shown = now;
        String line = line(scored, bytesRead, totalBytes, now - started, language);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Wipes the line, before the summary is printed in its place. */
    void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    /**
     * The progress line: "1,200 of about 250,000 plans (12%), 9,850 plans/s, about 1 min 3 s left" where the
     * input's size is known, the total estimated from the share of it read; "1,200 plans scored" otherwise.
     *
     * @param scored plans scored so far
     * @param bytesRead bytes of the input read so far
     * @param totalBytes the input's size, or -1 if unknown
     * @param elapsedNanos time since the start
     * @param language the language
     * @return the line
     */
    static String line(long scored, long bytesRead, long totalBytes, long elapsedNanos, Language language) {
        if (totalBytes <= 0 || bytesRead <= 0 || scored == 0 || elapsedNanos <= 0) {
            return Messages.say(language, "batch.progress", grouped(scored, language));
        }
        double share = Math.min(1.0, (double) bytesRead / totalBytes);
        long estimated = Math.max(scored, Math.round(scored / share));
        double seconds = elapsedNanos / 1e9;
        double rate = scored / seconds;
        long left = Math.round((estimated - scored) / Math.max(rate, 1e-9));
        return Messages.say(language, "batch.progress.total", grouped(scored, language), grouped(estimated, language),
                Numerals.format(Math.round(share * 100), language), grouped(Math.round(rate), language),
                duration(left, language));
    }

    /** "1 min 3 s" / "১ মি ৩ সে". */
    static String duration(long seconds, Language language) {
        boolean bn = language == Language.BN;
        long minutes = seconds / 60;
        String s = Numerals.format(seconds % 60, language) + (bn ? " সে" : " s");
        return minutes == 0 ? s : Numerals.format(minutes, language) + (bn ? " মি " : " min ") + s;
    }

    /** A count with grouping commas, in the language's digits: "250,000", "২৫০,০০০". */
    static String grouped(long value, Language language) {
        String ascii = String.format(java.util.Locale.ROOT, "%,d", value);
        return language == Language.BN ? Numerals.toBengaliDigits(ascii) : ascii;
    }

    /** A figure with a number of decimals, HALF_UP, in the language's digits. */
    static String decimal(double value, int decimals, Language language) {
        return Numerals.format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP), language);
    }
}
