/**
 * Reading and writing charter's data: JSON documents for host systems, the tables offices write,
 * and the quarterly progress report.
 */
package org.citizencharter.io;
