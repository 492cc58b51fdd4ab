/**
 * Spring Boot 3 (Jackson 2) auto-configuration: adding charter-io to a Boot 3 application is all a host does
 * for Boot's own {@code ObjectMapper} to read and write charter's documents. Spring Boot is an optional
 * dependency of charter-io; nothing here is loaded without it.
 */
package org.citizencharter.io.spring;
