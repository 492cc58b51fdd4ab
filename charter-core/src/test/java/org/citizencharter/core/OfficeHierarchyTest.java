package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizencharter.core.testing.Property;
import org.junit.jupiter.api.Test;

class OfficeHierarchyTest {

    private static Office office(String id, String parent) {
        return parent == null ? Office.named(id) : Office.named(id).withParent(OfficeId.of(parent));
    }

    private final OfficeHierarchy hierarchy = OfficeHierarchy.of(
            office("division", null),
            office("district-a", "division"),
            office("upazila-a1", "district-a"),
            office("upazila-a2", "district-a"),
            office("district-b", "division"),
            office("upazila-b1", "district-b"));

    @Test
    void answersParentChildrenAndDescendants() {
        assertThat(hierarchy.parent(OfficeId.of("upazila-a2")).map(o -> o.id().value())).contains("district-a");
        assertThat(hierarchy.parent(OfficeId.of("division"))).isEmpty();
        assertThat(hierarchy.children(OfficeId.of("division")).collect(o -> o.id().value()))
                .containsExactly("district-a", "district-b");
        assertThat(hierarchy.descendants(OfficeId.of("division")).collect(o -> o.id().value()))
                .containsExactly("district-a", "upazila-a1", "upazila-a2", "district-b", "upazila-b1");
        assertThat(hierarchy.ancestors(OfficeId.of("upazila-b1")).collect(o -> o.id().value()))
                .containsExactly("district-b", "division");
        assertThat(hierarchy.roots().collect(o -> o.id().value())).containsExactly("division");
        assertThat(hierarchy.children(OfficeId.of("upazila-a1"))).isEmpty();
    }

    @Test
    void rejectsAnUnknownParentNamingIt() {
        assertThatThrownBy(() -> OfficeHierarchy.of(office("a", null), office("b", "nowhere")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The parent of office (b) is not in the hierarchy (nowhere)")
                .hasMessageContaining("Maybe add the office nowhere");
    }

    @Test
    void rejectsACycleShowingIt() {
        assertThatThrownBy(() -> OfficeHierarchy.of(office("root", null), office("a", "c"), office("b", "a"),
                office("c", "b")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cycle (a → c → b → a)");
    }

    @Test
    void rejectsAnOfficeThatAnswersToItself() {
        assertThatThrownBy(() -> office("a", "a")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot answer to itself (a)");
    }

    @Test
    void rejectsTwoOfficesWithOneId() {
        assertThatThrownBy(() -> OfficeHierarchy.of(office("a", null), office("a", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("same id (a)");
    }

    @Test
    void anUnknownOfficeIsMisuse() {
        assertThatThrownBy(() -> hierarchy.children(OfficeId.of("elsewhere")))
                .isInstanceOf(CharterException.class)
                .hasMessageContaining("(elsewhere) is not in the hierarchy");
    }

    @Test
    void aVeryDeepChainIsFine() {
        org.eclipse.collections.api.list.MutableList<Office> chain = org.eclipse.collections.api.factory.Lists.mutable
                .of(office("o0", null));
        for (int i = 1; i < 50_000; i++) {
            chain.add(office("o" + i, "o" + (i - 1)));
        }
        OfficeHierarchy deep = OfficeHierarchy.of(chain);
        assertThat(deep.descendants(OfficeId.of("o0"))).hasSize(49_999);
        assertThat(deep.ancestors(OfficeId.of("o49999"))).hasSize(49_999);
    }

    @Test
    void officeIdsAreCheckedText() {
        assertThatThrownBy(() -> OfficeId.of("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OfficeId.of(" a")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OfficeId.of("a\u0000b")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OfficeId.of("x".repeat(129))).isInstanceOf(InvalidInputException.class);
        assertThat(OfficeId.parse("coop-district-coxsbazar").toString()).isEqualTo("coop-district-coxsbazar");
    }

    @Test
    void carriesTheHostsDataAboutTheWholeHierarchy() {
        Extensions data = Extensions.of("{\"source\":\"e-Nothi\",\"asOf\":\"2026-07-01\"}");
        OfficeHierarchy withData = hierarchy.withExtensions(data);
        assertThat(hierarchy.extensions()).isEqualTo(Extensions.NONE);
        assertThat(withData.extensions()).isEqualTo(data);
        assertThat(withData.offices()).isEqualTo(hierarchy.offices());
        assertThat(withData).isNotEqualTo(hierarchy).isEqualTo(OfficeHierarchy.of(hierarchy.offices(), data));
        assertThat(withData.hashCode()).isEqualTo(OfficeHierarchy.of(hierarchy.offices(), data).hashCode());
        assertThat(withData.withExtensions(Extensions.NONE)).isEqualTo(hierarchy);
        assertThatThrownBy(() -> OfficeHierarchy.of(hierarchy.offices(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void officeIdsAreRefusedForWhiteSpaceAtAnEndOrAControlCharacter() {
        String alphabet = "ab1-\u09e7 \t\n\u00a0\u2003\u3000\u0085\u001f\u007f\ud83d\ude00";
        Property.forAll("office ids", random -> {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(1, 6); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String id = text.toString();
            boolean valid = id.strip().equals(id) && id.chars().noneMatch(Character::isISOControl);
            boolean accepted;
            try {
                OfficeId.of(id);
                accepted = true;
            } catch (InvalidInputException refused) {
                accepted = false;
            }
            assertThat(accepted).as(id).isEqualTo(valid);
        });
    }
}
