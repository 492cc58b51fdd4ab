package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The launcher's training run works on the bundled samples: if a command of it broke, {@code ./charter} would
 * silently run without its class-data archive, and start slower.
 */
class TrainingTest {

    @Test
    void everyTrainingCommandRunsOnTheSamples() {
        assertThatCode(() -> Training.main(new String[] {"samples"})).doesNotThrowAnyException();
    }

    @Test
    void aMissingSampleFailsTheTraining() {
        assertThatThrownBy(() -> Training.main(new String[] {"no-such-directory"}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("score");
    }
}
