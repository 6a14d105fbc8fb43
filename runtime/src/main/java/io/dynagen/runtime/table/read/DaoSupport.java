package io.dynagen.runtime.table.read;

import io.dynagen.runtime.table.TableHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What every generated {@code XDaoImpl} would otherwise repeat: reading a page by a caller's
 * cursor, the first match, whether there is one, batch gets by key values, and projections of
 * pages and iterables. Not meant for application code, which calls its DAO or its table.
 */
public final class DaoSupport {
  private DaoSupport() {}

  /**
   * The page {@code cursor} points to, or the first page when it is null, of at most {@code
   * pageSize} items.
   *
   * @param <T> the item class
   * @param <R> the read's own type
   * @param read the query or scan
   * @param cursor {@link Page#cursor()} of the page before, or null for the first page
   * @param pageSize the most items the page may hold
   * @return the page
   * @throws IllegalArgumentException if the page size is not positive or the cursor is not one of
   *     this read's pages
   */
  public static <T, R extends ReadRequest<T, R>> Page<T> page(R read, String cursor, int pageSize) {
    return read.pageSize(pageSize).page(cursor);
  }

  /**
   * The first item read, if any: reads page by page only until there is one.
   *
   * @param <T> the item class
   * @param read the query or scan
   * @return the first item, or empty if none matches
   */
  public static <T> Optional<T> first(ReadRequest<T, ?> read) {
    try (Stream<T> items = read.stream()) {
      return items.findFirst();
    }
  }

  /**
   * Whether the read finds any item: reads page by page only until there is one.
   *
   * @param read the query or scan
   * @return true if an item matches
   */
  public static boolean any(ReadRequest<?, ?> read) {
    return first(read).isPresent();
  }

  /**
   * The items with these keys, in one BatchGetItem per 100 distinct keys (each distinct key
   * asked for once, as {@code BatchGet} does), in no particular order; none are sent for no keys.
   *
   * @param <T> the item class
   * @param <P> the partition key's Java type
   * @param table the table
   * @param keys the partition key values
   * @param itemKey the table's {@code key(partitionValue)}
   * @param options consistent read and projection
   * @return the items found
   */
  public static <T, P> List<T> batchGet(TableHandle<T> table, Collection<? extends P> keys,
      Function<? super P, Map<String, AttributeValue>> itemKey, GetOptions options) {
    Objects.requireNonNull(keys, "keys");
    List<Map<String, AttributeValue>> itemKeys = new ArrayList<>(keys.size());
    for (P key : keys) {
      itemKeys.add(itemKey.apply(notNullKey(key, itemKeys.size())));
    }
    return itemKeys.isEmpty() ? List.of() : table.typed().batchGet(itemKeys, options);
  }

  /**
   * The items of partition {@code partitionValue} with these sort keys, in one BatchGetItem per
   * 100 distinct keys, in no particular order; none are sent for no keys.
   *
   * @param <T> the item class
   * @param <P> the partition key's Java type
   * @param <S> the sort key's Java type
   * @param table the table
   * @param partitionValue the partition key value of every item
   * @param sortValues the sort key values
   * @param itemKey the table's {@code key(partitionValue, sortValue)}
   * @param options consistent read and projection
   * @return the items found
   */
  public static <T, P, S> List<T> batchGet(TableHandle<T> table, P partitionValue, Collection<? extends S> sortValues,
      BiFunction<? super P, ? super S, Map<String, AttributeValue>> itemKey, GetOptions options) {
    Objects.requireNonNull(sortValues, "sortValues");
    List<Map<String, AttributeValue>> itemKeys = new ArrayList<>(sortValues.size());
    for (S sortValue : sortValues) {
      itemKeys.add(itemKey.apply(partitionValue, notNullKey(sortValue, itemKeys.size())));
    }
    return itemKeys.isEmpty() ? List.of() : table.typed().batchGet(itemKeys, options);
  }

  /** A null among the keys would fail as a bare NullPointerException where a primitive key unboxes it. */
  private static <K> K notNullKey(K key, int position) {
    if (key == null) {
      throw new IllegalArgumentException("Key value at position " + position
          + " of the batch get is null: every key needs a value; leave nulls out of the collection");
    }
    return key;
  }

  /**
   * Each item converted, as a new list (a projection of the items read).
   *
   * @param <T> the item class
   * @param <R> the class converted to
   * @param items the items
   * @param convert the conversion
   * @return the converted items, in order
   */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> convert) {
    List<R> converted = new ArrayList<>(items.size());
    for (T item : items) {
      converted.add(convert.apply(item));
    }
    return converted;
  }

  /**
   * The page with each item converted, and the same cursor.
   *
   * @param <T> the item class
   * @param <R> the class converted to
   * @param page the page
   * @param convert the conversion
   * @return the converted page
   */
  public static <T, R> Page<R> map(Page<T> page, Function<? super T, ? extends R> convert) {
    return new Page<>(map(page.items(), convert), page.cursor().orElse(null));
  }

  /**
   * The items converted as they are iterated: lazy, as the read is.
   *
   * @param <T> the item class
   * @param <R> the class converted to
   * @param items the items
   * @param convert the conversion
   * @return the converted items
   */
  public static <T, R> Iterable<R> map(Iterable<T> items, Function<? super T, ? extends R> convert) {
    return new Iterable<R>() {
      @Override
      public Iterator<R> iterator() {
        Iterator<T> source = items.iterator();
        return new Iterator<R>() {
          @Override
          public boolean hasNext() {
            return source.hasNext();
          }

          @Override
          public R next() {
            return convert.apply(source.next());
          }
        };
      }
    };
  }
}
