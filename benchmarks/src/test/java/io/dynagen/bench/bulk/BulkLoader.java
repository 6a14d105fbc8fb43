package io.dynagen.bench.bulk;

import io.dynagen.bench.model.User;
import java.util.List;

/** One way of writing many items into a table; each is measured on its own fresh table. */
interface BulkLoader {

  /** The name shown in BENCHMARKS.md. */
  String label();

  /** Writes every user into the table, returning only when all are stored. */
  void load(List<User> users, String tableName);

  /**
   * True if the load creates its table itself, so that its time includes that: the run then
   * leaves the table to it instead of creating it beforehand.
   */
  default boolean createsItsTable() {
    return false;
  }
}
