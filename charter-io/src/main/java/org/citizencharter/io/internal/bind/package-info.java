/**
 * The shapes of charter's JSON documents as databind binds them, with where each value stood: plain
 * classes of public fields ({@link org.citizencharter.io.internal.bind.Shape}s), located scalars
 * ({@link org.citizencharter.io.internal.bind.Scalar}), arrays ({@link org.citizencharter.io.internal.bind.Items})
 * and the host's extensions ({@link org.citizencharter.io.internal.bind.Extension}). Nothing here names a
 * Jackson type, so that Jackson 2 (charter-io) and Jackson 3 (charter-jackson3) bind the same shapes, each
 * with deserializers of its own for the scalars and the places, and the same code makes the model from
 * them. Not API.
 */
package org.citizencharter.io.internal.bind;
