package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * An explanation whose detail is given lazily is built once, when first asked for, and is then the
 * same value as one given its text.
 */
class ExplanationTest {

    @Test
    void lazyDetailIsBuiltOnceWhenFirstAskedFor() {
        AtomicInteger built = new AtomicInteger();
        Explanation lazy = Explanation.lazily(Explanation.SINGLE_TARGET, () -> {
            built.incrementAndGet();
            return "w × min(1, A / T) = 3 × min(1, 3 / 4)";
        }, Optional.empty(), Lists.immutable.empty());
        assertThat(built).hasValue(0);
        assertThat(lazy.formula()).isEqualTo(Explanation.SINGLE_TARGET);
        assertThat(built).hasValue(0);
        assertThat(lazy.detail()).isEqualTo("w × min(1, A / T) = 3 × min(1, 3 / 4)");
        assertThat(lazy.detail()).isEqualTo("w × min(1, A / T) = 3 × min(1, 3 / 4)");
        assertThat(built).hasValue(1);
    }

    @Test
    void lazyAndGivenTextAreEqual() {
        Explanation given = new Explanation(Explanation.GRADED, "w × raw / 100 = 2 × 85 / 100", Optional.empty(),
                Lists.immutable.of("floor"));
        Explanation lazy = Explanation.lazily(Explanation.GRADED, () -> "w × raw / 100 = 2 × 85 / 100",
                Optional.empty(), Lists.immutable.of("floor"));
        assertThat(lazy).isEqualTo(given);
        assertThat(given).isEqualTo(lazy);
        assertThat(lazy).hasSameHashCodeAs(given);
        assertThat(lazy).hasToString(given.toString());
        assertThat(given).hasToString("Explanation[formula=GRADED, detail=w × raw / 100 = 2 × 85 / 100,"
                + " band=Optional.empty, notes=[floor]]");
        assertThat(lazy).isNotEqualTo(Explanation.lazily(Explanation.GRADED, () -> "w × raw / 100 = 2 × 86 / 100",
                Optional.empty(), Lists.immutable.of("floor")));
    }

    @Test
    void aNoteKeepsTheDetailLazy() {
        AtomicInteger built = new AtomicInteger();
        Explanation noted = Explanation.lazily(Explanation.DEADLINE, () -> {
            built.incrementAndGet();
            return "completed 2023-01-10 on or before 2023-03-31";
        }, Optional.empty(), Lists.immutable.empty()).withNote("adjusted");
        assertThat(built).hasValue(0);
        assertThat(noted).isEqualTo(new Explanation(Explanation.DEADLINE, "completed 2023-01-10 on or before 2023-03-31",
                Optional.empty(), Lists.immutable.of("adjusted")));
        assertThat(built).hasValue(1);
    }

    @Test
    void aDetailThatBuildsNullIsRefused() {
        Explanation lazy = Explanation.lazily(Explanation.DEADLINE, () -> null, Optional.empty(), Lists.immutable.empty());
        assertThatNullPointerException().isThrownBy(lazy::detail).withMessage("detail");
        assertThatNullPointerException().isThrownBy(() -> new Explanation(Explanation.DEADLINE, null, Optional.empty(),
                Lists.immutable.empty())).withMessage("detail");
    }
}
