package org.citizencharter.core.testing;

import static java.util.Objects.requireNonNull;

import java.util.random.RandomGenerator;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;

/**
 * Seeded generators of office hierarchies: a division over districts over upazilas, or a random tree.
 * The same seed gives the same hierarchy; use one generator per thread.
 */
public final class OfficeGenerator {

    private final RandomGenerator random;

    private OfficeGenerator(RandomGenerator random) {
        this.random = requireNonNull(random, "random");
    }

    /**
     * A generator drawing from a random generator.
     *
     * @param random the source of randomness
     * @return the generator
     */
    public static OfficeGenerator using(RandomGenerator random) {
        return new OfficeGenerator(random);
    }

    /**
     * A district office with a number of upazila offices under it.
     *
     * @param district the district's name in English, which also makes the ids ("district-rangpur")
     * @param upazilas how many upazila offices
     * @return the hierarchy, the district first
     */
    public static OfficeHierarchy district(String district, int upazilas) {
        String key = district.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        OfficeId districtId = OfficeId.of("district-" + key);
        MutableList<Office> offices = Lists.mutable.of(Office.of(districtId,
                BilingualText.of("জেলা কার্যালয়, " + district, "District office, " + district), OfficeLevel.DISTRICT));
        for (int i = 1; i <= upazilas; i++) {
            offices.add(Office.of(OfficeId.of("upazila-" + key + "-" + i),
                    BilingualText.of("উপজেলা কার্যালয় " + org.citizencharter.core.Numerals.format(i,
                            org.citizencharter.core.Language.BN), "Upazila office " + i),
                    OfficeLevel.UPAZILA, districtId));
        }
        return OfficeHierarchy.of(offices);
    }

    /**
     * A random tree of offices: each office after the first answers to a random earlier one, so the
     * list is in an order where parents come first.
     *
     * @param size how many offices, at least 1
     * @return the hierarchy
     */
    public OfficeHierarchy tree(int size) {
        MutableList<Office> offices = Lists.mutable.empty();
        for (int i = 0; i < size; i++) {
            OfficeId id = OfficeId.of("office-" + i);
            BilingualText name = BilingualText.of("দপ্তর " + i, "Office " + i);
            OfficeLevel level = OfficeLevel.values()[Math.min(i == 0 ? 0 : random.nextInt(1, 7), 6)];
            offices.add(i == 0 || random.nextInt(10) == 0 ? Office.of(id, name, level)
                    : Office.of(id, name, level, offices.get(random.nextInt(i)).id()));
        }
        return OfficeHierarchy.of(offices);
    }
}
