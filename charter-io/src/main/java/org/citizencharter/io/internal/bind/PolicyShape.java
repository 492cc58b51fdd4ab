package org.citizencharter.io.internal.bind;

import java.util.List;

/** The scoring policy document: a {@code ScoringPolicy} as data. */
public final class PolicyShape extends Shape {

    private static final List<String> NAMES = List.of("schemaVersion", "id", "version", "fiscalYears", "severities",
            "tolerance", "conventionalTotals", "missingQuarterCountsZero", "roundingScale", "divisionPrecision",
            "extensions");

    /** The version of the document's schema. */
    public Scalar schemaVersion;
    /** The policy's id. */
    public Scalar id;
    /** Its version. */
    public Scalar version;
    /** The fiscal years it applies to. */
    public FiscalYearsShape fiscalYears;
    /** The severity of each finding, by its id. */
    public Members severities;
    /** The tolerance of a total. */
    public Scalar tolerance;
    /** The conventional total of each kind of plan. */
    public Members conventionalTotals;
    /** Whether a quarter not reported counts as zero. */
    public Scalar missingQuarterCountsZero;
    /** The decimals figures are written with. */
    public Scalar roundingScale;
    /** The digits of a quotient that does not end. */
    public Scalar divisionPrecision;
    /** The host's extensions. */
    public Extension extensions;

    @Override
    public String what() {
        return "a scoring policy document";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public PolicyShape fresh() {
        return new PolicyShape();
    }

    /** A range of fiscal years: {@code {"from": "2022-23", "until": "2025-26"}}, either end open. */
    public static final class FiscalYearsShape extends Shape {

        private static final List<String> NAMES = List.of("from", "until");

        /** The first fiscal year. */
        public Scalar from;
        /** The last fiscal year. */
        public Scalar until;

        @Override
        public String what() {
            return "a range of fiscal years";
        }

        @Override
        public List<String> names() {
            return NAMES;
        }

        @Override
        public FiscalYearsShape fresh() {
            return new FiscalYearsShape();
        }
    }
}

