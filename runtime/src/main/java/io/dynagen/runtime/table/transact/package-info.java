/** Transactional writes and gets across tables, and how a cancelled transaction is reported. */
package io.dynagen.runtime.table.transact;
