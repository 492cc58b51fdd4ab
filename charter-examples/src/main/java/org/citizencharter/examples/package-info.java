/**
 * Runnable examples for host developers, each an {@code *Example} class with a {@code main}, each run by
 * a test: score a plan, a rule of your own, a district rolled up, the Jackson module in a host's mapper,
 * batch scoring. The README's code is copied from between their {@code --8<--} markers.
 */
package org.citizencharter.examples;
