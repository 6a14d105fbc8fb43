package io.dynagen.runtime.table.read;

import java.util.List;
import java.util.Optional;

/**
 * One page of a query or scan: its items, and the cursor of the next page, if DynamoDB says
 * there may be more. Pass the cursor to {@code page(cursor)} of the same query or scan, in this
 * process or another (a web request's "next" link): it is an opaque, URL-safe string.
 *
 * @param <T> the item class
 */
public final class Page<T> {
  private final List<T> items;
  private final String cursor;

  Page(List<T> items, String cursor) {
    this.items = List.copyOf(items);
    this.cursor = cursor;
  }

  /**
   * {@return the items of this page, possibly none (a filter may drop them all), in query order}
   */
  public List<T> items() {
    return items;
  }

  /**
   * {@return the cursor of the next page, or empty on the last page} DynamoDB may hand a cursor
   * whose page turns out empty: a page with no items and no cursor ends the sequence.
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /** {@return true if there may be a next page (there is a cursor)} */
  public boolean hasMore() {
    return cursor != null;
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items" + (cursor == null ? ", last" : ", more") + "]";
  }
}
