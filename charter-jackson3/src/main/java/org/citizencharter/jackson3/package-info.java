/**
 * charter's JSON documents for Jackson 3 ({@code tools.jackson}) mappers: {@link
 * org.citizencharter.jackson3.CharterModule}, found by a mapper's {@code findAndAddModules()} through
 * {@code META-INF/services}, and by Spring Boot 4 through its auto-configuration.
 */
package org.citizencharter.jackson3;
