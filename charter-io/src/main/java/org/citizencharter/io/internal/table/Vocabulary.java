package org.citizencharter.io.internal.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.citizencharter.core.Numerals;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * The words a government table is read by, kept as data in {@code vocabulary.txt} beside this class (one
 * entry a line, {@code WHAT = words}), and the one form in which a header, a label or a word is compared:
 * its {@link #key(String) key}. Not API; immutable after loading, thread-safe.
 */
public final class Vocabulary {

    private static final Vocabulary STANDARD = load("vocabulary.txt");

    /** WHAT → the keys of its words, in the order written. */
    private final Map<String, ImmutableList<String>> keys;
    /** WHAT → its words as written. */
    private final Map<String, ImmutableList<String>> words;
    /** WHAT → the set of its keys. */
    private final Map<String, java.util.Set<String>> byKey;
    /** The folds, longest first: as written → as meant. */
    private final List<String[]> folds;

    private Vocabulary(Map<String, List<String>> entries, List<String[]> folds) {
        this.folds = folds;
        this.keys = new HashMap<>();
        this.words = new HashMap<>();
        this.byKey = new HashMap<>();
        entries.forEach((what, list) -> {
            ImmutableList<String> written = Lists.immutable.ofAll(list);
            ImmutableList<String> keyed = written.collect(this::keyOf);
            words.put(what, written);
            keys.put(what, keyed);
            byKey.put(what, java.util.Set.copyOf(keyed.castToList()));
        });
    }

    /**
     * The vocabulary charter ships.
     *
     * @return the vocabulary
     */
    public static Vocabulary standard() {
        return STANDARD;
    }

    private static Vocabulary load(String resource) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        List<String[]> folds = new ArrayList<>();
        for (String[] entry : entries(resource)) {
            String what = entry[0];
            String text = entry[1];
            if (what.equals("FOLD")) {
                int arrow = text.indexOf(" -> ");
                if (arrow < 0) {
                    throw new IllegalStateException(resource + ": not FOLD = a -> b: " + text);
                }
                folds.add(new String[] {squeeze(text.substring(0, arrow).strip()),
                    squeeze(text.substring(arrow + 4).strip())});
            } else {
                entries.computeIfAbsent(what, w -> new ArrayList<>()).add(text);
            }
        }
        folds.sort(Comparator.comparingInt((String[] fold) -> fold[0].length()).reversed());
        return new Vocabulary(entries, List.copyOf(folds));
    }

    /**
     * The entries of a data file beside this class: one a line, {@code left = right}, both stripped;
     * blank lines and lines that begin with "#" are comments.
     *
     * @param resource the file's name
     * @return the entries, as {left, right}, in the order written
     */
    static List<String[]> entries(String resource) {
        List<String[]> entries = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource + " beside " + Vocabulary.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int equals = entry.indexOf(" = ");
                if (equals <= 0) {
                    throw new IllegalStateException(resource + ", line " + number + ": not left = right: " + line);
                }
                entries.add(new String[] {entry.substring(0, equals).strip(), entry.substring(equals + 3).strip()});
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return entries;
    }

    /**
     * The keys of the words of an entry.
     *
     * @param what the entry, such as "AREA" or "QUARTER_WORD"
     * @return the keys, in the order written; empty for an entry the vocabulary lacks
     */
    public ImmutableList<String> keys(String what) {
        return keys.getOrDefault(what, Lists.immutable.empty());
    }

    /**
     * The words of an entry as written.
     *
     * @param what the entry
     * @return the words
     */
    public ImmutableList<String> words(String what) {
        return words.getOrDefault(what, Lists.immutable.empty());
    }

    /**
     * Whether a key is one of an entry's words.
     *
     * @param what the entry
     * @param key the key
     * @return true if it is
     */
    public boolean is(String what, String key) {
        java.util.Set<String> set = byKey.get(what);
        return set != null && set.contains(key);
    }

    /**
     * The first of several entries that has a key among its words.
     *
     * @param key the key
     * @param whats the entries, in the order to try
     * @return the entry, or empty
     */
    public Optional<String> find(String key, Iterable<String> whats) {
        for (String what : whats) {
            if (is(what, key)) {
                return Optional.of(what);
            }
        }
        return Optional.empty();
    }

    /**
     * The form in which text is compared: NFC, lower case, ASCII digits, without white space or
     * zero-width characters, the traces of the old Bijoy fonts and the common misspellings folded, then
     * without punctuation. "কর্ম সম্পাদন সূচক", "কর্মসম্পাদন-সূচক" and "কর্মসম্পাদন\nসূচক" are one key.
     *
     * @param text the text as written
     * @return the key
     */
    public static String key(String text) {
        return STANDARD.keyOf(text);
    }

    private String keyOf(String text) {
        String folded = squeeze(text);
        if (!folds.isEmpty()) {
            folded = fold(folded);
        }
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isPunctuation(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Whether a key holds a trace that folding mends: the notes say so. */
    boolean hasFold(String text) {
        String squeezed = squeeze(text);
        for (String[] fold : folds) {
            if (squeezed.contains(fold[0])) {
                return true;
            }
        }
        return false;
    }

    private String fold(String text) {
        String folded = text;
        for (String[] fold : folds) {
            if (folded.contains(fold[0])) {
                folded = folded.replace(fold[0], fold[1]);
            }
        }
        return folded;
    }

    /**
     * NFC, lower case, ASCII digits, without white space and zero-width characters: the form charter matches
     * text in ({@link Numerals#normalizeForMatching(String)}), lower case and without its spaces.
     */
    private static String squeeze(String text) {
        return Numerals.toAsciiDigits(Numerals.normalizeForMatching(text).toLowerCase(Locale.ROOT)).replace(" ", "");
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                Character.OTHER_PUNCTUATION -> true;
            default -> c == '|';
        };
    }

    /**
     * The words of several entries, for messages: "কার্যক্রমের ক্ষেত্র, কৌশলগত উদ্দেশ্য …".
     *
     * @param what the entry
     * @param count how many to show
     * @return the words joined
     */
    public String shown(String what, int count) {
        MutableList<String> shown = words(what).take(count).toList();
        return shown.makeString(", ");
    }
}
