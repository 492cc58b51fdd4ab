package org.citizencharter.io.internal.bind;

import java.util.List;
import org.citizencharter.core.BilingualText;

/** A text in Bengali and English: {@code {"bn": ..., "en": ...}}; a language left out is empty. */
public final class TextShape extends Shape {

    private static final List<String> NAMES = List.of("bn", "en");

    /** The Bengali. */
    public Scalar bn;
    /** The English. */
    public Scalar en;

    @Override
    public String what() {
        return "a text in Bengali and English";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public TextShape fresh() {
        return new TextShape();
    }

    /**
     * The text in the model.
     *
     * @return the text
     */
    public BilingualText bilingual() {
        return BilingualText.of(text(bn), text(en));
    }
}

