package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.table.AsyncTypedTable;
import io.dynagen.runtime.table.TypedTable;
import java.util.Objects;

/**
 * Not API: the {@link ItemOperations} a {@link TypedTable} or an {@link AsyncTypedTable} holds, for
 * the capability packages beside it (batches, transactions, reads), which build their requests
 * with them. The tables hand them over here, through the access each registers when its class is
 * initialized, rather than through a public method that would sit in their API.
 */
public final class TableInternals {
  /** How the sync table hands over its operations. */
  public interface SyncAccess {
    /**
     * The table's operations.
     *
     * @param <T> the mapped class
     * @param table the table
     * @return its operations
     */
    <T> ItemOperations<T> operations(TypedTable<T> table);
  }

  /** How the async table hands over its operations. */
  public interface AsyncAccess {
    /**
     * The table's operations.
     *
     * @param <T> the mapped class
     * @param table the table
     * @return its operations
     */
    <T> ItemOperations<T> operations(AsyncTypedTable<T> table);
  }

  private static volatile SyncAccess sync;
  private static volatile AsyncAccess async;

  private TableInternals() {}

  /** For {@link TypedTable}'s class initializer only; a second registration is refused. */
  public static synchronized void register(SyncAccess access) {
    if (sync != null) {
      throw new IllegalStateException("TypedTable's access is registered already");
    }
    sync = Objects.requireNonNull(access, "access");
  }

  /** For {@link AsyncTypedTable}'s class initializer only; a second registration is refused. */
  public static synchronized void register(AsyncAccess access) {
    if (async != null) {
      throw new IllegalStateException("AsyncTypedTable's access is registered already");
    }
    async = Objects.requireNonNull(access, "access");
  }

  /** The operations of {@code table} (whose class, having an instance, has registered its access). */
  public static <T> ItemOperations<T> operations(TypedTable<T> table) {
    return sync.operations(Objects.requireNonNull(table, "table"));
  }

  /** The operations of {@code table} (whose class, having an instance, has registered its access). */
  public static <T> ItemOperations<T> operations(AsyncTypedTable<T> table) {
    return async.operations(Objects.requireNonNull(table, "table"));
  }
}
