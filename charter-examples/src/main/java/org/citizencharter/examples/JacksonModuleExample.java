package org.citizencharter.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Scorecard;
import org.citizencharter.rules.ScoringEngine;

/**
 * charter in a host's own Jackson {@code ObjectMapper}: the CharterModule is found by
 * {@code findAndRegisterModules()}, so a web handler reads plans and writes scorecards like any other type.
 */
public final class JacksonModuleExample {

    private JacksonModuleExample() {
    }

    /**
     * Reads the Cox's Bazar plan document with a plain ObjectMapper and writes its scorecard document.
     *
     * @param args unused
     * @throws IOException if the sample cannot be read
     */
    public static void main(String[] args) throws IOException {
        // --8<-- [start:jackson]
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // picks up charter's module
        ActionPlan plan = mapper.readValue(Samples.path("coxsbazar-cc-2022-23-q3.json").toFile(), ActionPlan.class);
        Scorecard card = ScoringEngine.defaults().score(plan);
        String response = mapper.writeValueAsString(card);                  // the scorecard document
        // --8<-- [end:jackson]
        System.out.println(response);
    }
}
