/**
 * Not API: request building and response decoding shared by the table capabilities (keys and
 * their checks, item decoding and limits, write conditions, update expressions, generated values
 * and {@code @Version}, table administration). Public only so the capability packages beside it
 * can share one copy; anything here may change in any release without notice.
 */
package io.dynagen.runtime.table.internal;
