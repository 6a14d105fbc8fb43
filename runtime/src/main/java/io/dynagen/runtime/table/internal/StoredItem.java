package io.dynagen.runtime.table.internal;

import java.util.Optional;

/**
 * Hands out the item that stood when a condition failed, decoded once as the table's class, to a
 * caller that names that class ({@code e.item(User.class)}): failures are not generic, since one
 * transaction spans tables of different classes.
 */
public final class StoredItem {
  private StoredItem() {}

  /**
   * {@code item} as a {@code type}, or empty if there is none.
   *
   * @throws IllegalArgumentException if the item is of another class
   */
  public static <T> Optional<T> as(Object item, Class<T> type, String tableName) {
    if (item == null) {
      return Optional.empty();
    }
    if (!type.isInstance(item)) {
      throw new IllegalArgumentException(
          "The item of table '" + tableName + "' is a " + item.getClass().getName() + ", not a "
              + type.getName() + ": pass the table's class");
    }
    return Optional.of(type.cast(item));
  }
}
