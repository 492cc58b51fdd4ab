package org.citizencharter.io.internal.bind;

import java.util.List;

/** A scorecard document. */
public final class ScorecardShape extends Shape {

    private static final List<String> NAMES = List.of("schemaVersion", "office", "fiscalYear", "asOf", "kind",
            "policy", "totalWeight", "totalScore", "percentOfTotal", "areas", "indicators", "findings", "exact",
            "extensions");

    /** The version of the document's schema. */
    public Scalar schemaVersion;
    /** The office. */
    public OfficeShape office;
    /** The fiscal year. */
    public Scalar fiscalYear;
    /** The quarter scored to. */
    public Scalar asOf;
    /** The kind of plan. */
    public Scalar kind;
    /** The policy that scored it. */
    public PolicyRefShape policy;
    /** The total weight. */
    public Scalar totalWeight;
    /** The total score. */
    public Scalar totalScore;
    /** The score as a percent of the total weight. */
    public Scalar percentOfTotal;
    /** The areas' results. */
    public Items<AreaResultShape> areas;
    /** The indicators' results. */
    public Items<IndicatorResultShape> indicators;
    /** The findings. */
    public Items<FindingShape> findings;
    /** The exact figures. */
    public CardExactShape exact;
    /** The host's extensions. */
    public Extension extensions;

    @Override
    public String what() {
        return "a scorecard document";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public ScorecardShape fresh() {
        return new ScorecardShape();
    }
}

