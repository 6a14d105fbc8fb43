/**
 * Batch writers (one table or several) and batch gets, with their options and the exceptions
 * that report exactly which writes or reads failed.
 */
package io.dynagen.runtime.table.batch;
