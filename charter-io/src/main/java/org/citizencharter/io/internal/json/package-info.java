/**
 * The JSON serializers and deserializers behind {@link org.citizencharter.io.CharterModule} and
 * {@link org.citizencharter.io.CharterJson}. Not API: anything here may change without notice.
 *
 * <p>A document is read in two steps. Databind binds it to its shape, plain classes of public fields in
 * {@link org.citizencharter.io.internal.bind}, with a mapper of charter's own ({@link
 * org.citizencharter.io.internal.json.Binder}; charter-jackson3, of the same release, binds the same shapes
 * with Jackson 3): deserializers for the scalars and the host's extensions and a modifier of the bean
 * deserializers check and place each value as it is bound, through the parser's
 * {@link org.citizencharter.io.internal.json.Tokens tokens} ({@link org.citizencharter.io.internal.json.Binding}),
 * so that each value knows where it stood (JSON pointer, line, column). The {@code *Json} classes then build
 * the model from the shapes, so that every error names the pointer, line, column and text of the value at
 * fault. Writing goes straight to a {@link com.fasterxml.jackson.core.JsonGenerator} in the canonical order
 * of each document.
 */
package org.citizencharter.io.internal.json;
