package org.citizencharter.rules;

import java.io.Serial;
import org.citizencharter.core.CharterException;

/**
 * A rule failed while scoring a plan: it threw, it fired more often than the engine's limit allows
 * (a loop), or the rules left an indicator without exactly one score. The exception names the rule;
 * the engine stays usable for the next plan.
 */
public final class RuleExecutionException extends CharterException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String rule;

    /**
     * Creates the exception.
     *
     * @param rule the rule's name, or null when no single rule is to blame
     * @param message what happened
     * @param cause what the rule threw, or null
     */
    public RuleExecutionException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /**
     * The rule that failed.
     *
     * @return its name, or null when no single rule is to blame
     */
    public String rule() {
        return rule;
    }
}
