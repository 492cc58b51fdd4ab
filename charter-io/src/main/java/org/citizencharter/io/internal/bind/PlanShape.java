package org.citizencharter.io.internal.bind;

import java.util.List;

/** A plan document. */
public final class PlanShape extends Shape {

    private static final List<String> NAMES = List.of("schemaVersion", "office", "fiscalYear", "kind",
            "declaredTotal", "asOf", "areas", "extensions");

    /** The version of the document's schema. */
    public Scalar schemaVersion;
    /** The office. */
    public OfficeShape office;
    /** The fiscal year. */
    public Scalar fiscalYear;
    /** The kind of plan. */
    public Scalar kind;
    /** The total the plan declares, if any. */
    public Scalar declaredTotal;
    /** The quarter reported to. */
    public Scalar asOf;
    /** The areas. */
    public Items<AreaShape> areas;
    /** The host's extensions. */
    public Extension extensions;

    @Override
    public String what() {
        return "a plan document";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public PlanShape fresh() {
        return new PlanShape();
    }
}

