package org.citizencharter.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.OptionalInt;
import java.util.Properties;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.io.internal.json.DocumentSerializer;
import org.citizencharter.io.internal.bind.HierarchyShape;
import org.citizencharter.io.internal.bind.PlanShape;
import org.citizencharter.io.internal.bind.PolicyShape;
import org.citizencharter.io.internal.bind.ScorecardShape;
import org.citizencharter.io.internal.json.HierarchyJson;
import org.citizencharter.io.internal.json.PlanJson;
import org.citizencharter.io.internal.json.PolicyJson;
import org.citizencharter.io.internal.json.ScorecardJson;
import org.citizencharter.io.internal.json.ShapeDeserializer;
import org.citizencharter.io.internal.json.ValueJson;

/**
 * The Jackson module of charter's JSON documents: it reads and writes {@link ActionPlan},
 * {@link Scorecard}, {@link OfficeHierarchy} and {@link ScoringPolicy} in the formats of
 * {@code docs/json-format.md}, exactly (numbers never pass through {@code double}) and strictly (an
 * unknown field, a repeated key, a value of the wrong type or an impossible value is an error; only
 * {@code "extensions"} objects hold what the host likes).
 *
 * <p>It is registered in {@code META-INF/services}, so a host's
 * {@code new ObjectMapper().findAndRegisterModules()} picks it up:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * ActionPlan plan = mapper.readValue(json, ActionPlan.class);
 * String card = mapper.writeValueAsString(scorecard);
 * }</pre>
 *
 * <p>A document that cannot be read surfaces as a {@link com.fasterxml.jackson.databind.JsonMappingException}
 * whose cause is an {@link org.citizencharter.core.InvalidInputException} with the JSON pointer, line,
 * column and text at fault. Documents are written in canonical form whatever the mapper's settings for
 * numbers or property order (a mapper that indents indents them). The host's mapper keeps its own
 * input limits; {@link CharterJson} applies charter's ({@link JsonLimits}), and is the simpler way to
 * read and write when no mapper of the host's is involved.
 *
 * <p>The value types a host's own objects may hold ({@link org.citizencharter.core.FiscalYear},
 * {@link org.citizencharter.core.Quarter}, {@link org.citizencharter.core.OfficeId}, the area, activity and
 * indicator codes and {@link org.citizencharter.core.Weight}) are written and read as the documents write
 * and read them: {@code "2022-23"}, {@code "Q3"}, {@code "1.1.1"}, a weight as a number; one that cannot be
 * read is databind's {@link com.fasterxml.jackson.databind.exc.InvalidFormatException}, with databind's
 * path and the value's location, whose cause is the {@code InvalidInputException}.
 *
 * <p>Scorecard figures are written rounded to the scale the scorecard carries (the rounding scale of the
 * policy that scored it, {@link org.citizencharter.core.PolicyRef#roundingScale()}), unless
 * {@link #withRoundingScale(int)} sets one for every scorecard; their exact values are written beside them.
 * Modules of different scales are different modules to Jackson: the one registered last is used.
 * Immutable and thread-safe.
 */
public final class CharterModule extends Module {

    private static final String NAME = "charter";
    /** The rounding scale that means: each scorecard's own. */
    static final int SCORECARD_SCALE = -1;
    private static final Version VERSION = readVersion();

    private final int roundingScale;

    /**
     * The module, writing each scorecard's figures at the scale it carries. The service loader uses this
     * constructor.
     */
    public CharterModule() {
        this(SCORECARD_SCALE);
    }

    private CharterModule(int roundingScale) {
        this.roundingScale = roundingScale;
    }

    /**
     * This module writing the figures of every scorecard to one number of decimals, whatever scale the
     * scorecard carries (the document then says that scale, and reads back with it).
     *
     * @param scale the decimals, 0 to 10 as a {@link ScoringPolicy#roundingScale()}
     * @return a new module
     * @throws IllegalArgumentException if the scale is out of range
     */
    public CharterModule withRoundingScale(int scale) {
        return new CharterModule(checkedScale(scale));
    }

    /**
     * The decimals every scorecard's figures are rounded to when written, if this module sets them.
     *
     * @return the scale, or empty when each scorecard is written at the scale it carries
     */
    public OptionalInt roundingScale() {
        return roundingScale == SCORECARD_SCALE ? OptionalInt.empty() : OptionalInt.of(roundingScale);
    }

    @Override
    public String getModuleName() {
        return NAME;
    }

    @Override
    public Version version() {
        return VERSION;
    }

    /**
     * The id by which Jackson recognises a module registered twice: the name and the rounding scale.
     *
     * @return the id
     */
    @Override
    public Object getTypeId() {
        return CharterModule.class.getName() + "/roundingScale="
                + (roundingScale == SCORECARD_SCALE ? "scorecard" : Integer.toString(roundingScale));
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(new DocumentSerializer<>(ActionPlan.class, PlanJson::write));
        int scale = roundingScale;
        serializers.addSerializer(new DocumentSerializer<>(Scorecard.class,
                (card, out) -> ScorecardJson.write(card, scale == SCORECARD_SCALE ? card.policy().roundingScale()
                        : scale, out)));
        serializers.addSerializer(new DocumentSerializer<>(OfficeHierarchy.class, HierarchyJson::write));
        serializers.addSerializer(new DocumentSerializer<>(ScoringPolicy.class, PolicyJson::write));
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(ActionPlan.class,
                new ShapeDeserializer<>(ActionPlan.class, PlanShape.class, PlanJson::read));
        deserializers.addDeserializer(Scorecard.class,
                new ShapeDeserializer<>(Scorecard.class, ScorecardShape.class,
                ScorecardJson::read));
        deserializers.addDeserializer(OfficeHierarchy.class,
                new ShapeDeserializer<>(OfficeHierarchy.class, HierarchyShape.class, HierarchyJson::read));
        deserializers.addDeserializer(ScoringPolicy.class,
                new ShapeDeserializer<>(ScoringPolicy.class, PolicyShape.class, PolicyJson::read));
        ValueJson.addTo(serializers, deserializers);
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    static int checkedScale(int scale) {
        try {
            return ScorecardJson.checkRoundingScale(scale);
        } catch (InvalidInputException outOfRange) {
            throw new IllegalArgumentException(outOfRange.getMessage(), outOfRange);
        }
    }

    /** The version Maven records in the jar; unknown when run from classes, as in the module's own tests. */
    private static Version readVersion() {
        String resource = "/META-INF/maven/org.citizencharter/charter-io/pom.properties";
        try (InputStream in = CharterModule.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Version.unknownVersion();
            }
            Properties properties = new Properties();
            properties.load(in);
            return VersionUtil.parseVersion(properties.getProperty("version"), "org.citizencharter", "charter-io");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
