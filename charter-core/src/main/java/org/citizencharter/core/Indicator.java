package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A performance indicator (কর্মসম্পাদন সূচক): what is measured, its weight, its target, and what the
 * office reported in each quarter and beside them.
 *
 * <p>Construction rejects only what no plan can mean: a null part, a value of the wrong kind for the
 * unit (a date reported for a count, an amount for a date), a target of the wrong kind, and the
 * {@link CalculationMethod#DATE DATE} method for a number or percent. Everything a real plan gets wrong
 * (a zero or missing target, a negative achievement, a percent above 100, a date indicator summed) is
 * representable, so that scoring can report it. Immutable.
 *
 * @param code the indicator's code, such as "1.2.1"
 * @param name what the indicator measures
 * @param unit its unit, with the label as written
 * @param weight its weight (কর্মসম্পাদন সূচকের মান), or empty where the plan gives none (old templates
 *     had no weight column; an alternative indicator has no weight of its own)
 * @param polarity whether more or less is better (for single targets)
 * @param method how quarters make the achievement to date
 * @param target the target
 * @param quarters what was reported in each quarter
 * @param reported what the office wrote beside the quarters
 * @param extensions the host's own data about the indicator
 */
public record Indicator(IndicatorCode code, BilingualText name, Unit unit, Optional<Weight> weight, Polarity polarity,
        CalculationMethod method, Target target, QuarterValues quarters, Reported reported, Extensions extensions) {

    /**
     * Checks the parts (see the class description).
     *
     * @param code the indicator's code
     * @param name what it measures
     * @param unit its unit
     * @param weight its weight, or empty
     * @param polarity whether more or less is better
     * @param method how quarters make the achievement
     * @param target the target
     * @param quarters the quarterly values
     * @param reported the reported values
     * @param extensions the host's own data
     */
    public Indicator {
        requireNonNull(extensions, "extensions");
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(unit, "unit");
        requireNonNull(weight, "weight");
        requireNonNull(polarity, "polarity");
        requireNonNull(method, "method");
        requireNonNull(target, "target");
        requireNonNull(quarters, "quarters");
        requireNonNull(reported, "reported");
        if (method == CalculationMethod.DATE && unit.kind() != UnitKind.DATE) {
            throw InvalidInputException.of("The DATE method needs a date indicator, but indicator " + code
                    + " is a " + unit.kind().name().toLowerCase(java.util.Locale.ROOT), unit.label());
        }
        if (!target.suits(unit.kind())) {
            throw InvalidInputException.of("The target of indicator " + code + " does not suit its unit ("
                    + unit.kind() + ")", target.toString());
        }
        for (Quarter quarter : Quarter.values()) {
            checkKind(code, unit, quarters.get(quarter), quarter.name());
        }
        checkKind(code, unit, reported.actual(), "reported actual");
        checkKind(code, unit, reported.halfYear(), "reported half-year");
    }

    /**
     * Whether the plan gives this indicator a weight.
     *
     * @return false where the weight is missing
     */
    public boolean hasWeight() {
        return weight.isPresent();
    }

    private static void checkKind(IndicatorCode code, Unit unit, Value value, String where) {
        boolean fits = unit.kind() == UnitKind.DATE
                ? !(value instanceof Value.Amount)
                : !(value instanceof Value.OnDate);
        if (!fits) {
            throw InvalidInputException.of("The " + where + " value of indicator " + code + " is a "
                    + (value instanceof Value.OnDate ? "date" : "number") + ", but its unit is "
                    + unit.kind(), value.toString());
        }
    }

    /**
     * Starts an indicator with a code and a name; the unit is a number, the weight zero, the method
     * the unit's default, no target and nothing reported, until set.
     *
     * @param code the code
     * @param name the name
     * @return a builder
     */
    public static Builder builder(IndicatorCode code, BilingualText name) {
        return new Builder(code, name);
    }

    /**
     * A builder that starts from this indicator.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(code, name);
        builder.unit = unit;
        builder.weight = weight;
        builder.polarity = polarity;
        builder.method = method;
        builder.target = target;
        builder.quarters = quarters;
        builder.reported = reported;
        builder.extensions = extensions;
        return builder;
    }

    /**
     * This indicator with one quarter's value replaced.
     *
     * @param quarter the quarter
     * @param value the new value
     * @return a new indicator
     */
    public Indicator withQuarter(Quarter quarter, Value value) {
        return new Indicator(code, name, unit, weight, polarity, method, target, quarters.with(quarter, value),
                reported, extensions);
    }

    /**
     * This indicator with other reported values.
     *
     * @param newReported the reported values
     * @return a new indicator
     */
    public Indicator withReported(Reported newReported) {
        return new Indicator(code, name, unit, weight, polarity, method, target, quarters, newReported, extensions);
    }

    /**
     * This indicator with another target.
     *
     * @param newTarget the target
     * @return a new indicator
     */
    public Indicator withTarget(Target newTarget) {
        return new Indicator(code, name, unit, weight, polarity, method, newTarget, quarters, reported, extensions);
    }

    /**
     * This indicator with another weight.
     *
     * @param newWeight the weight
     * @return a new indicator
     */
    public Indicator withWeight(Weight newWeight) {
        return new Indicator(code, name, unit, Optional.of(newWeight), polarity, method, target, quarters, reported,
                extensions);
    }

    /**
     * This indicator without a weight.
     *
     * @return a new indicator
     */
    public Indicator withoutWeight() {
        return new Indicator(code, name, unit, Optional.empty(), polarity, method, target, quarters, reported,
                extensions);
    }

    /**
     * This indicator with another code.
     *
     * @param newCode the code
     * @return a new indicator
     */
    public Indicator withCode(IndicatorCode newCode) {
        return new Indicator(newCode, name, unit, weight, polarity, method, target, quarters, reported, extensions);
    }

    /**
     * This indicator with another calculation method.
     *
     * @param newMethod the method
     * @return a new indicator
     */
    public Indicator withMethod(CalculationMethod newMethod) {
        return new Indicator(code, name, unit, weight, polarity, newMethod, target, quarters, reported, extensions);
    }

    /**
     * Builds an {@link Indicator}. Not thread-safe; the indicator it builds is immutable.
     */
    public static final class Builder {
        private IndicatorCode code;
        private BilingualText name;
        private Unit unit = Unit.number();
        private Optional<Weight> weight = Optional.of(Weight.ZERO);
        private Polarity polarity = Polarity.HIGHER;
        private CalculationMethod method;
        private Target target = Target.NONE;
        private QuarterValues quarters = QuarterValues.NONE;
        private Reported reported = Reported.NONE;
        private Extensions extensions = Extensions.NONE;

        private Builder(IndicatorCode code, BilingualText name) {
            this.code = requireNonNull(code, "code");
            this.name = requireNonNull(name, "name");
        }

        /**
         * Sets the code.
         *
         * @param newCode the code
         * @return this builder
         */
        public Builder code(IndicatorCode newCode) {
            this.code = newCode;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param newName the name
         * @return this builder
         */
        public Builder name(BilingualText newName) {
            this.name = newName;
            return this;
        }

        /**
         * Sets the unit.
         *
         * @param newUnit the unit
         * @return this builder
         */
        public Builder unit(Unit newUnit) {
            this.unit = newUnit;
            return this;
        }

        /**
         * Sets the weight.
         *
         * @param newWeight the weight
         * @return this builder
         */
        public Builder weight(Weight newWeight) {
            this.weight = Optional.of(newWeight);
            return this;
        }

        /**
         * Sets the weight, or none.
         *
         * @param newWeight the weight, or empty where the plan gives none
         * @return this builder
         */
        public Builder weight(Optional<Weight> newWeight) {
            this.weight = requireNonNull(newWeight, "weight");
            return this;
        }

        /**
         * Leaves the indicator without a weight (WEIGHT_MISSING, or an alternative indicator).
         *
         * @return this builder
         */
        public Builder noWeight() {
            this.weight = Optional.empty();
            return this;
        }

        /**
         * Sets the weight.
         *
         * @param newWeight the weight, as text ("০৩", "2.5")
         * @return this builder
         */
        public Builder weight(String newWeight) {
            return weight(Weight.parse(newWeight));
        }

        /**
         * Sets the polarity.
         *
         * @param newPolarity the polarity
         * @return this builder
         */
        public Builder polarity(Polarity newPolarity) {
            this.polarity = newPolarity;
            return this;
        }

        /**
         * Sets the calculation method; unset, the unit's {@link CalculationMethod#defaultFor default}.
         *
         * @param newMethod the method
         * @return this builder
         */
        public Builder method(CalculationMethod newMethod) {
            this.method = newMethod;
            return this;
        }

        /**
         * Sets the target.
         *
         * @param newTarget the target
         * @return this builder
         */
        public Builder target(Target newTarget) {
            this.target = newTarget;
            return this;
        }

        /**
         * Sets every quarter's value.
         *
         * @param newQuarters the values
         * @return this builder
         */
        public Builder quarters(QuarterValues newQuarters) {
            this.quarters = newQuarters;
            return this;
        }

        /**
         * Sets one quarter's value.
         *
         * @param quarter the quarter
         * @param value the value
         * @return this builder
         */
        public Builder quarter(Quarter quarter, Value value) {
            this.quarters = quarters.with(quarter, value);
            return this;
        }

        /**
         * Sets the reported values.
         *
         * @param newReported the values
         * @return this builder
         */
        public Builder reported(Reported newReported) {
            this.reported = newReported;
            return this;
        }

        /**
         * Sets the host's own data.
         *
         * @param newExtensions the extensions
         * @return this builder
         */
        public Builder extensions(Extensions newExtensions) {
            this.extensions = newExtensions;
            return this;
        }

        /**
         * Builds the indicator.
         *
         * @return the indicator
         * @throws InvalidInputException if the parts do not fit (see {@link Indicator})
         */
        public Indicator build() {
            CalculationMethod chosen = method != null ? method : CalculationMethod.defaultFor(unit.kind());
            return new Indicator(code, name, unit, weight, polarity, chosen, target, quarters, reported, extensions);
        }
    }
}
