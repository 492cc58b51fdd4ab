/**
 * The serializers and deserializers behind {@link org.citizencharter.jackson3.CharterModule}. Not API.
 */
package org.citizencharter.jackson3.internal;
