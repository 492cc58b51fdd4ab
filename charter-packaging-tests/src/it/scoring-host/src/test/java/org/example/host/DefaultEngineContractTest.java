package org.example.host;

import org.citizencharter.rules.ScoringEngine;
import org.citizencharter.rules.testing.ScoringEngineContract;

/** charter-testkit's contract, run from plain JUnit 5 (no AssertJ on this class path). */
class DefaultEngineContractTest implements ScoringEngineContract {

    @Override
    public ScoringEngine engine() {
        return ScoringEngine.defaults();
    }
}
