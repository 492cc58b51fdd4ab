/** Helpers of the office-file readers; not API, may change without notice. */
package org.citizencharter.office.internal;
