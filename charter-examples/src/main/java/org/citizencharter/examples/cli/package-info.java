/**
 * The {@code charter} command line: {@link org.citizencharter.examples.cli.CharterCommand} and its
 * subcommands (score, validate, import, report, batch, rollup, rules), built on picocli.
 */
package org.citizencharter.examples.cli;
