/**
 * Spring Boot 4 auto-configuration: adding charter-jackson3 to a Boot 4 application is all a host does for
 * Boot's own {@code JsonMapper} to read and write charter's documents. Spring Boot is an optional dependency;
 * nothing here is loaded without it.
 */
package org.citizencharter.jackson3.spring;
