package org.citizencharter.jackson3;

import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.internal.bind.HierarchyShape;
import org.citizencharter.io.internal.bind.PlanShape;
import org.citizencharter.io.internal.bind.PolicyShape;
import org.citizencharter.io.internal.bind.ScorecardShape;
import org.citizencharter.io.internal.json.HierarchyJson;
import org.citizencharter.io.internal.json.PlanJson;
import org.citizencharter.io.internal.json.PolicyJson;
import org.citizencharter.io.internal.json.ScorecardJson;
import org.citizencharter.jackson3.internal.DocumentSerializer;
import org.citizencharter.jackson3.internal.ShapeDeserializer;
import org.citizencharter.jackson3.internal.ValueJson;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of charter's JSON documents: it reads and writes {@link ActionPlan},
 * {@link Scorecard}, {@link OfficeHierarchy} and {@link ScoringPolicy} in the formats of
 * {@code docs/json-format.md}, exactly as {@link CharterJson} and the Jackson 2 module
 * ({@link org.citizencharter.io.CharterModule}) do: both lines share one mapping, charter-io's.
 *
 * <p>It is registered in {@code META-INF/services}, so {@code JsonMapper.builder().findAndAddModules()}
 * picks it up, and Spring Boot 4 registers it with the mapper it builds:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * ActionPlan plan = mapper.readValue(json, ActionPlan.class);
 * String card = mapper.writeValueAsString(scorecard);
 * }</pre>
 *
 * <p>The value types a host's own objects may hold (fiscal years, quarters, office ids, codes, weights) are
 * written and read as the documents write and read them, from the description the Jackson 2 module uses.
 *
 * <p>A document that cannot be read is a {@link tools.jackson.databind.DatabindException} whose cause is an
 * {@link org.citizencharter.core.InvalidInputException} with the JSON pointer (from the mapper's root),
 * line, column (as the host's parser counts them) and text at fault. The host's mapper keeps its own input
 * limits, as with the Jackson 2 module; {@link CharterJson} applies charter's. Documents are written in canonical form whatever the mapper's
 * settings (unlike the Jackson 2 module, not indented by a mapper that indents). Scorecard figures are
 * rounded to the scale each scorecard carries, or to {@link #roundingScale()} where it is set. Immutable and thread-safe.
 */
public final class CharterModule extends JacksonModule {

    private final CharterJson json;

    /**
     * The module, writing each scorecard's figures at the scale it carries. The service loader uses this constructor.
     */
    public CharterModule() {
        this(CharterJson.standard());
    }

    private CharterModule(CharterJson json) {
        this.json = json;
    }

    /**
     * This module writing scorecard figures to another number of decimals.
     *
     * @param scale the decimals, 0 to 10 as a {@link ScoringPolicy#roundingScale()}
     * @return a new module
     * @throws IllegalArgumentException if the scale is out of range
     */
    public CharterModule withRoundingScale(int scale) {
        return new CharterModule(json.withRoundingScale(scale));
    }

    /**
     * The decimals every scorecard's figures are rounded to when written, if this module sets them.
     *
     * @return the scale, or empty when each scorecard is written at the scale it carries
     */
    public java.util.OptionalInt roundingScale() {
        return json.roundingScale();
    }

    @Override
    public String getModuleName() {
        return "charter";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /**
     * The id by which Jackson recognises a module registered twice: the name and the rounding scale.
     *
     * @return the id
     */
    @Override
    public Object getRegistrationId() {
        return CharterModule.class.getName() + "/roundingScale="
                + (json.roundingScale().isPresent() ? Integer.toString(json.roundingScale().getAsInt()) : "scorecard");
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(new DocumentSerializer<>(ActionPlan.class, json::writePlan));
        serializers.addSerializer(new DocumentSerializer<>(Scorecard.class, json::writeScorecard));
        serializers.addSerializer(new DocumentSerializer<>(OfficeHierarchy.class, json::writeHierarchy));
        serializers.addSerializer(new DocumentSerializer<>(ScoringPolicy.class, json::writePolicy));
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(ActionPlan.class,
                new ShapeDeserializer<>(ActionPlan.class, PlanShape.class, PlanJson::read));
        deserializers.addDeserializer(Scorecard.class, new ShapeDeserializer<>(Scorecard.class, ScorecardShape.class,
                ScorecardJson::read));
        deserializers.addDeserializer(OfficeHierarchy.class,
                new ShapeDeserializer<>(OfficeHierarchy.class, HierarchyShape.class, HierarchyJson::read));
        deserializers.addDeserializer(ScoringPolicy.class,
                new ShapeDeserializer<>(ScoringPolicy.class, PolicyShape.class, PolicyJson::read));
        ValueJson.addTo(serializers, deserializers);
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }
}
