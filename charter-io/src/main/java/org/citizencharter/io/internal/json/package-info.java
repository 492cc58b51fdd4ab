/**
 * The JSON serializers and deserializers behind {@link org.citizencharter.io.CharterModule} and
 * {@link org.citizencharter.io.CharterJson}. Not API: anything here may change without notice.
 *
 * <p>A document is read in two steps. {@link org.citizencharter.io.internal.json.TreeReader} reads the
 * {@link org.citizencharter.io.internal.json.Tokens tokens} of a Jackson 2 parser, or of a Jackson 3 host's
 * (charter-jackson3, of the same release, uses this package), into a small tree of
 * {@link org.citizencharter.io.internal.json.Node nodes} that remember where
 * each value stood (JSON pointer, line, column), keeping every {@code "extensions"} object as canonical
 * JSON text; the {@code *Json} classes then build the model from the tree, so that every error names the
 * pointer, line, column and text of the value at fault. Writing goes straight to a
 * {@link com.fasterxml.jackson.core.JsonGenerator} in the canonical order of each document.
 */
package org.citizencharter.io.internal.json;
