package org.citizencharter.io.internal.bind;

/** An {@code "exact"} object: the exact values of the figures of the object that holds it. */
public abstract class ExactShape extends Shape {

    /**
     * The exact value of a figure.
     *
     * @param name the figure's name
     * @return its value as bound, or null if absent
     */
    public abstract Scalar figure(String name);
}
