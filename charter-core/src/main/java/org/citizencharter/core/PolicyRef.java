package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

/**
 * Which scoring policy produced a scorecard: its id and version. Immutable.
 *
 * @param id the policy's id, such as "charter-default"
 * @param version the policy's version
 */
public record PolicyRef(String id, String version) {

    /**
     * Checks the parts.
     *
     * @param id the policy's id
     * @param version its version
     */
    public PolicyRef {
        requireNonNull(id, "id");
        requireNonNull(version, "version");
    }
}
