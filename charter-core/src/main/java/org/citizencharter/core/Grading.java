package org.citizencharter.core;

import org.eclipse.collections.api.list.ImmutableList;

/** The graded formula of domain.md §3 on five ordered columns, exactly. Not API. */
final class Grading {

    private Grading() {
    }

    static <T extends Comparable<? super T>> boolean strictlyOneWay(ImmutableList<T> columns) {
        if (columns.size() < 2) {
            return true;
        }
        int way = Integer.signum(columns.get(0).compareTo(columns.get(1)));
        if (way == 0) {
            return false;
        }
        for (int i = 2; i < columns.size(); i++) {
            if (Integer.signum(columns.get(i - 1).compareTo(columns.get(i))) != way) {
                return false;
            }
        }
        return true;
    }

    /** The best column reached, or -1 when the achievement is short of the last. */
    private static int reached(Fraction a, ImmutableList<Fraction> columns) {
        int direction = columns.getFirst().compareTo(columns.getLast()) > 0 ? 1 : -1;
        for (int i = 0; i < columns.size(); i++) {
            if (a.compareTo(columns.get(i)) * direction >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** raw = 100 at or beyond T100; 0 short of T60; g_low + 10 × (A − T_low) / (T_high − T_low) between. */
    static Fraction raw(Fraction a, ImmutableList<Fraction> columns, boolean usable) {
        int reached = reached(a, columns);
        if (reached < 0) {
            return Fraction.ZERO;
        }
        Grade grade = Grade.values()[reached];
        if (reached == 0) {
            return Fraction.of(grade.percent());
        }
        Fraction low = columns.get(reached);
        Fraction high = columns.get(reached - 1);
        return Fraction.of(grade.percent()).plus(Fraction.of(10).times(a.minus(low)).over(high.minus(low)));
    }

    static GradeBand band(Fraction a, ImmutableList<Fraction> columns, boolean usable) {
        int reached = reached(a, columns);
        return reached < 0 ? GradeBand.belowAll() : GradeBand.reached(Grade.values()[reached]);
    }
}
