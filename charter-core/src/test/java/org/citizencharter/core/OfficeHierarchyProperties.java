package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizencharter.core.testing.OfficeGenerator;
import org.citizencharter.core.testing.Property;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;

class OfficeHierarchyProperties {

    @Test
    void parentsChildrenAndDescendantsAgree() {
        Property.forAll("hierarchy invariants", random -> {
            OfficeHierarchy hierarchy = OfficeGenerator.using(random).tree(random.nextInt(1, 60));
            int reachable = 0;
            for (Office root : hierarchy.roots()) {
                reachable += 1 + hierarchy.descendants(root.id()).size();
            }
            assertThat(reachable).as("every office is under exactly one root").isEqualTo(hierarchy.size());
            for (Office office : hierarchy.offices()) {
                for (Office child : hierarchy.children(office.id())) {
                    assertThat(hierarchy.parent(child.id())).contains(office);
                }
                for (Office below : hierarchy.descendants(office.id())) {
                    assertThat(hierarchy.ancestors(below.id())).contains(office);
                    assertThat(below).isNotEqualTo(office);
                }
                assertThat(hierarchy.descendants(office.id()).toSet()).hasSize(hierarchy.descendants(office.id()).size());
                assertThat(hierarchy.ancestors(office.id()).size() + 1)
                        .isLessThanOrEqualTo(hierarchy.size());
            }
        });
    }

    @Test
    void aCycleIsAlwaysRejected() {
        Property.forAll("cycles are rejected", random -> {
            OfficeHierarchy hierarchy = OfficeGenerator.using(random).tree(random.nextInt(2, 40));
            MutableList<Office> offices = hierarchy.offices().toList();
            // Point some office at one of its own descendants (or itself through its child): a cycle.
            MutableList<Office> withChildren = offices.select(o -> hierarchy.children(o.id()).notEmpty());
            if (withChildren.isEmpty()) {
                return;
            }
            Office top = withChildren.get(random.nextInt(withChildren.size()));
            var below = hierarchy.descendants(top.id());
            Office target = below.get(random.nextInt(below.size()));
            offices.set(offices.indexOf(top), top.withParent(target.id()));
            assertThatThrownBy(() -> OfficeHierarchy.of(offices))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("cycle");
        });
    }
}
