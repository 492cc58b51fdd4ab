package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.testing.OfficeGenerator;
import org.citizencharter.core.testing.Property;
import org.junit.jupiter.api.Test;

/** Office hierarchies survive JSON, with the host's extensions on their offices. */
class HierarchyJsonProperties {

    private static final CharterJson JSON = CharterJson.standard();

    @Test
    void hierarchiesRoundTrip() {
        Property.forAll("hierarchy → JSON → hierarchy", random -> {
            OfficeHierarchy generated = OfficeGenerator.using(random).tree(random.nextInt(1, 60));
            OfficeHierarchy hierarchy = OfficeHierarchy.of(generated.offices().collect(office -> withData(office, random)));
            String json = RoundTrip.hierarchies(JSON).check(hierarchy);
            assertThat(JSON.readHierarchy(json).offices().collect(Office::extensions))
                    .isEqualTo(hierarchy.offices().collect(Office::extensions));
        });
    }

    @Test
    void aDistrictWithItsUpazilasRoundTrips() {
        OfficeHierarchy district = OfficeGenerator.district("Cox's Bazar", 8);
        String json = RoundTrip.hierarchies(JSON).check(district);
        assertThat(json).contains("\"parent\":\"district-cox's-bazar\"");
    }

    /** Host data one office in three, in the shapes hosts send: nested objects, arrays, Bengali text. */
    private static Office withData(Office office, RandomGenerator random) {
        return switch (random.nextInt(6)) {
            case 0 -> office.withExtensions(Extensions.of("{\"registry\":\"BD-" + random.nextInt(100000) + "\"}"));
            case 1 -> office.withExtensions(Extensions.of("{\"contact\":{\"phone\":\"+880 1711-" + random.nextInt(1000, 10000)
                    + "\",\"হেল্পলাইন\":333},\"open\":[\"রবি\",\"বৃহস্পতি\"],\"share\":0.250,\"big\":1e400}"));
            default -> office;
        };
    }
}
