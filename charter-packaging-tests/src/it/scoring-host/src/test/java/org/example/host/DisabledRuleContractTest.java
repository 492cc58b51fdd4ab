package org.example.host;

import org.citizencharter.core.FindingType;
import org.citizencharter.rules.ScoringEngine;
import org.citizencharter.rules.testing.ScoringEngineContract;

/** An engine without one consistency rule keeps the contract, less the finding it no longer reports. */
class DisabledRuleContractTest implements ScoringEngineContract {

    private static final ScoringEngine ENGINE = ScoringEngine.builder().disableRule("REPORTED_TOTAL_MISMATCH").build();

    @Override
    public ScoringEngine engine() {
        return ENGINE;
    }

    @Override
    public boolean reports(FindingType type) {
        return type != FindingType.REPORTED_TOTAL_MISMATCH;
    }
}
