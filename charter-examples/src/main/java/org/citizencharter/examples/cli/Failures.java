package org.citizencharter.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.rules.RuleCompilationException;
import picocli.CommandLine;

/**
 * Turns whatever ends a command into one line on standard error and an exit status of the table in
 * {@link CharterCommand}; a stack trace only with {@code --debug}. Errors of the JVM (out of memory) too.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    private final CharterCommand root;
    private final Terminal terminal;
    private int lastStatus = -1;

    Failures(CharterCommand root, Terminal terminal) {
        this.root = root;
        this.terminal = terminal;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine line, CommandLine.ParseResult parsed) {
        return handle(failure);
    }

    /**
     * Reports a failure.
     *
     * @param failure what ended the command
     * @return the exit status
     */
    int handle(Throwable failure) {
        lastStatus = report(failure);
        return lastStatus;
    }

    /** Whether a failure has been reported. */
    boolean reported() {
        return lastStatus >= 0;
    }

    /** The status of the failure reported last. */
    int lastStatus() {
        return lastStatus;
    }

    private int report(Throwable failure) {
        if (Terminal.isBrokenPipe(failure) || terminal.outputClosed()) {
            // The reader of standard output has gone: nothing more is wanted, and nothing is said.
            return CharterCommand.BROKEN_PIPE;
        }
        int status;
        String message;
        if (failure instanceof UsageException usage) {
            message = usage.problem() != null ? Messages.error(root.language(), usage.problem()) : said(usage.getMessage());
            status = CharterCommand.USAGE;
        } else if (failure instanceof FileException file) {
            message = said(file.getMessage());
            status = CharterCommand.FILE;
        } else if (failure instanceof InvalidInputException refused) {
            message = Messages.error(root.language(), refused);
            status = CharterCommand.REFUSED;
        } else if (failure instanceof RuleCompilationException broken) {
            message = rulesBroken(root.language(), broken);
            status = CharterCommand.REFUSED;
        } else if (failure instanceof CharterException refused) {
            message = said(refused.getMessage());
            status = CharterCommand.REFUSED;
        } else if (failure instanceof UncheckedIOException io) {
            message = said(describe(io.getCause()));
            status = io.getCause() instanceof CharacterCodingException ? CharterCommand.REFUSED : CharterCommand.FILE;
        } else if (failure instanceof IOException io) {
            message = said(describe(io));
            status = io instanceof CharacterCodingException ? CharterCommand.REFUSED : CharterCommand.FILE;
        } else if (failure instanceof java.io.IOError io && io.getCause() instanceof IOException cause) {
            message = said(describe(cause));
            status = CharterCommand.FILE;
        } else if (failure instanceof OutOfMemoryError) {
            message = said("Out of memory (at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB). Maybe give Java more, such as java -Xmx2g -jar charter.jar …, or split the input.");
            status = CharterCommand.FAILED;
        } else if (failure instanceof StackOverflowError) {
            message = said("Out of stack space. Maybe give Java more, such as java -Xss8m -jar charter.jar …");
            status = CharterCommand.FAILED;
        } else {
            message = Messages.say(root.language(), "unexpected", failure.getClass().getSimpleName(),
                    failure.getMessage()) + (root.debug ? "" : " " + Messages.say(root.language(), "debug.hint"));
            status = CharterCommand.FAILED;
        }
        String line = Terminal.printable(message).strip();
        terminal.err().println("charter: " + (line.endsWith(".") || line.endsWith("?") || line.endsWith("।") ? line : line + "."));
        if (root.debug) {
            failure.printStackTrace(terminal.err());
        }
        return status;
    }

    /**
     * Rule files that do not compile, in one line: the first problem, how many more, and each of them.
     *
     * @param language the language
     * @param broken the compiler's problems
     * @return the line
     */
    static String rulesBroken(org.citizencharter.core.Language language, RuleCompilationException broken) {
        List<RuleCompilationException.Problem> problems = broken.problems();
        String first = Messages.ruleProblem(language, problems.get(0));
        StringBuilder all = new StringBuilder(Messages.say(language, "rules.broken", problems.size() == 1 ? first
                : Messages.say(language, "rules.broken.more", first, problems.size() - 1)));
        problems.stream().skip(1).forEach(problem -> all.append(' ')
                .append(Messages.say(language, "rules.also", Messages.ruleProblem(language, problem))));
        return all.toString();
    }

    /** A sentence of the command's own, in the language of the run: in Bengali if problems_bn.tsv gives it. */
    private String said(String english) {
        return said(root.language(), english);
    }

    /**
     * A sentence of the command's own in a language: in Bengali, ended with a দাঁড়ি, if {@code problems_bn.tsv}
     * gives it; else as it is.
     *
     * @param language the language
     * @param english the sentence in English
     * @return the sentence
     */
    static String said(org.citizencharter.core.Language language, String english) {
        String bare = english.strip();
        bare = bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
        if (language == org.citizencharter.core.Language.EN || !Messages.isTranslated(bare)) {
            return english;
        }
        return Messages.problem(language, bare) + "।";
    }

    private static String describe(IOException cause) {
        if (cause instanceof Terminal.StandardOutputException) {
            return cause.getMessage() + ". Maybe the disk is full: free space, or write elsewhere.";
        }
        if (cause instanceof NoSuchFileException missing) {
            return "There is no file " + missing.getFile() + ". Maybe check the name.";
        }
        if (cause instanceof AccessDeniedException denied) {
            return "The file " + denied.getFile() + " cannot be read or written: permission denied.";
        }
        if (cause instanceof NotDirectoryException notDirectory) {
            return notDirectory.getFile() + " is not a directory.";
        }
        if (cause instanceof FileSystemException system) {
            return (system.getFile() == null ? "A file" : "The file " + system.getFile()) + " cannot be read or written: "
                    + (system.getReason() == null ? "the system refused" : system.getReason()) + ".";
        }
        if (cause instanceof CharacterCodingException) {
            return "The input is not UTF-8 text. Maybe save it as UTF-8.";
        }
        return "Reading or writing failed: " + cause.getMessage() + ".";
    }
}
