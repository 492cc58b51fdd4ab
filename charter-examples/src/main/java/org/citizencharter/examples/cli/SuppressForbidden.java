package org.citizencharter.examples.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one place allowed an API the build's forbidden-API check refuses elsewhere: the command's
 * seam to the process's standard streams ({@link CharterCommand#main(String[])}).
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
@interface SuppressForbidden {
}
