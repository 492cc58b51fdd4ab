package org.citizencharter.rules;

import org.citizencharter.rules.testing.ScoringEngineContract;

/** The default engine keeps the scoring contract. */
class DefaultEngineContractTest implements ScoringEngineContract {

    @Override
    public ScoringEngine engine() {
        return ScoringEngine.defaults();
    }
}
