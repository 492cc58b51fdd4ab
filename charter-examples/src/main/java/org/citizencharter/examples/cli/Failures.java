package org.citizencharter.examples.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.rules.RuleCompilationException;
import picocli.CommandLine;

/** Turns what a command throws into a message and an exit code; a stack trace only with --debug. */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    private final CharterCommand root;
    private final PrintStream err;

    Failures(CharterCommand root, PrintStream err) {
        this.root = root;
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine line, CommandLine.ParseResult parsed) {
        int code;
        if (failure instanceof InvalidInputException unreadable) {
            err.println("charter: " + Messages.error(root.language(), unreadable));
            code = CharterCommand.UNREADABLE;
        } else if (failure instanceof RuleCompilationException broken) {
            err.println("charter: " + broken.getMessage());
            broken.problems().stream().skip(1).forEach(problem -> err.println("  " + problem));
            code = CharterCommand.UNREADABLE;
        } else if (failure instanceof UncheckedIOException io && unreadableFile(io.getCause())) {
            err.println("charter: " + describe(io.getCause()));
            code = CharterCommand.UNREADABLE;
        } else if (unreadableFile(failure)) {
            err.println("charter: " + describe(failure));
            code = CharterCommand.UNREADABLE;
        } else if (failure instanceof CharterException misuse) {
            err.println("charter: " + misuse.getMessage());
            code = CharterCommand.FAILED;
        } else {
            err.println("charter: " + Messages.say(root.language(), "unexpected", failure.getClass().getSimpleName(),
                    failure.getMessage()));
            if (!root.debug) {
                err.println(Messages.say(root.language(), "debug.hint"));
            }
            code = CharterCommand.FAILED;
        }
        if (root.debug) {
            failure.printStackTrace(err);
        }
        return code;
    }

    private static boolean unreadableFile(Throwable cause) {
        return cause instanceof NoSuchFileException || cause instanceof AccessDeniedException
                || cause instanceof java.nio.charset.CharacterCodingException
                || cause instanceof java.io.FileNotFoundException;
    }

    private static String describe(Throwable cause) {
        if (cause instanceof NoSuchFileException missing) {
            return "There is no file (" + missing.getFile() + ").";
        } else if (cause instanceof AccessDeniedException denied) {
            return "The file (" + denied.getFile() + ") cannot be read: permission denied.";
        }
        if (cause instanceof java.io.FileNotFoundException notFound) {
            return notFound.getMessage() + ".";
        }
        return "The file is not UTF-8 text: " + cause.getMessage() + ".";
    }
}
