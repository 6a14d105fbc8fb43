/** Reading many items: queries, scans, parallel scans, their pages and cursors, and the options of a get. */
package io.dynagen.runtime.table.read;
