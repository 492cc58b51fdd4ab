package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter rules check} reports every error of a file, each with its line and rule. */
class RulesCheckTest {

    @TempDir
    Path temp;

    @Test
    void aFileOfThreeErrorsGetsThreeReportedWithTheirLines() throws Exception {
        Path file = temp.resolve("three.drl");
        Files.writeString(file, """
                package org.citizencharter.custom;
                import java.math.BigDecimal;
                import org.citizencharter.rules.facts.*;

                rule "Misspelled field"
                when
                    $i : IndicatorFact( wieght > 3 )
                then
                end

                rule "Unknown fact"
                when
                    Nothing( )
                then
                end

                rule "Unknown class"
                when
                    $i : IndicatorFact( )
                then
                    insert( new ScoreAdjustmnt( $i.index(), BigDecimal.ZERO, "typo" ) );
                end
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CharterCommand.run(new String[] {"rules", "check", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(errors).isEqualTo(CharterCommand.REFUSED);
        assertThat(errors).startsWith("charter: The rules do not compile: 3 errors.\n");
        assertThat(errors.lines().filter(line -> line.startsWith("  " + file))).hasSize(3);
        assertThat(errors).contains(file + ", line 7, rule \"Misspelled field\": Unable to parse left part of"
                + " expression: wieght > 3 (IndicatorFact has no property wieght; maybe weight)")
                .contains(file + ", line 13, rule \"Unknown fact\"")
                .contains(file + ", line 21, rule \"Unknown class\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();

        // In Bengali: the summary and each problem's place; the compiler's own words stay as it gives them.
        ByteArrayOutputStream bengali = new ByteArrayOutputStream();
        int bnCode = CharterCommand.run(new String[] {"rules", "check", file.toString(), "--lang", "bn"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(bengali, true, StandardCharsets.UTF_8));
        String bnErrors = bengali.toString(StandardCharsets.UTF_8);
        assertThat(bnCode).isEqualTo(CharterCommand.REFUSED);
        assertThat(bnErrors).startsWith("charter: রুলগুলো কম্পাইল হয়নি: ৩টি ত্রুটি।\n")
                .contains("  " + file + ", লাইন ৭, রুল \"Misspelled field\": ")
                .contains("  " + file + ", লাইন ১৩, রুল \"Unknown fact\": ")
                .doesNotContain("do not compile").doesNotContain(", line ");

        // Scoring with the file: one line, in the language of the run.
        ByteArrayOutputStream scoring = new ByteArrayOutputStream();
        int scoreCode = CharterCommand.run(new String[] {"score", "samples/coxsbazar-cc-2022-23-q3.json", "--rules",
            file.toString(), "--lang", "bn"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(scoring, true, StandardCharsets.UTF_8));
        assertThat(scoreCode).isEqualTo(CharterCommand.REFUSED);
        assertThat(scoring.toString(StandardCharsets.UTF_8)).startsWith("charter: রুলগুলো কম্পাইল হয়নি: " + file
                + ", লাইন ৭, রুল \"Misspelled field\": ").contains("(আরও ২টি ত্রুটি আছে)")
                .contains("আরও: " + file + ", লাইন ১৩").hasLineCount(1);
    }
}
