/**
 * The rules' arithmetic and the engine's machinery. Not API: it may change in any release; rule
 * authors use the facts of {@link org.citizencharter.rules.facts}.
 */
package org.citizencharter.rules.internal;
