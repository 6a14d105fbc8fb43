package io.dynagen.runtime.table.read;

import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.KeyProjection;
import io.dynagen.runtime.table.internal.KeyShape;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * What {@link Query} and {@link Scan} share: the options of a read and the ways to run it.
 * Immutable: each option returns a new request, so a request can be kept, shared between
 * threads and run again. Nothing is sent until it is read: {@link #stream()} and {@link
 * #iterator()} fetch pages as the items are consumed, {@link #firstPage()} and {@link
 * #page(String)} fetch one page, {@link #count()} counts.
 *
 * @param <T> the item class
 * @param <R> the request's own type, returned by each option
 */
public abstract class ReadRequest<T, R extends ReadRequest<T, R>> implements Iterable<T> {
  final ItemOperations<T> table;
  /** The client of a sync read; {@code null} for the request behind an async read. */
  final DynamoDbClient client;
  final KeyShape keys;
  final ReadOptions options;

  ReadRequest(ItemOperations<T> table, DynamoDbClient client, KeyShape keys, ReadOptions options) {
    this.table = table;
    this.client = client;
    this.keys = keys;
    this.options = options;
  }

  /**
   * True if a count must read the matching items' keys and types rather than ask for the number
   * (Select COUNT): a single table's reads leave out or refuse items of unknown types, and a count
   * is the number of items the same read returns.
   */
  private boolean countsByReading() {
    return !table.schema().readsEveryItem();
  }

  /** The projection expression of a request, or {@code null} to read whole items or only count them. */
  final String projectionExpression(Placeholders placeholders, boolean countOnly) {
    if (countOnly) {
      return countsByReading()
          ? placeholders.projection(KeyProjection.withKeys(List.of(), keys.cursorKeyNames(), table.schema()))
          : null;
    }
    return options.projectionExpression(placeholders, keys.cursorKeyNames(), table.schema());
  }

  /** {@return Select COUNT for a count DynamoDB can make alone, else {@code null}: the items are read} */
  final Select select(boolean countOnly) {
    return countOnly && !countsByReading() ? Select.COUNT : null;
  }

  /**
   * The page of a response; when counting by reading, its count is the number of items the read
   * would return, and the items themselves are dropped.
   *
   * @throws io.dynagen.runtime.MappingException if counting meets an item the read would refuse
   */
  final RawPage rawPage(
      List<Map<String, AttributeValue>> items, Integer count, Map<String, AttributeValue> lastEvaluatedKey,
      boolean countOnly) {
    RawPage raw = RawPage.of(items, count, lastEvaluatedKey);
    if (!countOnly || !countsByReading()) {
      return raw;
    }
    return new RawPage(List.of(), table.decoder().countReturned(raw.items()), raw.lastEvaluatedKey());
  }

  /** A copy of this request with other options. */
  abstract R with(ReadOptions newOptions);

  /**
   * Sends one request through the sync client.
   *
   * @param exclusiveStartKey where to continue, or {@code null} for the first page
   * @param countOnly ask for the number of matches only (Select COUNT)
   */
  abstract RawPage fetch(Map<String, AttributeValue> exclusiveStartKey, boolean countOnly);

  /** Sends the same request as {@link #fetch} through an async client. */
  abstract CompletableFuture<RawPage> fetch(
      DynamoDbAsyncClient asyncClient, Map<String, AttributeValue> exclusiveStartKey, boolean countOnly);

  /** What this request reads, for messages: {@code query of table 'users' index 'by-age'}. */
  abstract String description();

  /**
   * Only items meeting {@code filter}, applied after reading (read capacity is spent on the items
   * it drops). Called again, the filters are joined with AND.
   *
   * @param filter the condition the items must meet
   * @return this read
   */
  public final R filter(Condition filter) {
    return with(options.withFilter(filter));
  }

  /**
   * At most {@code size} items read per request (DynamoDB's {@code Limit}, counted before the
   * filter). Reading with {@link #stream()} continues past it; to cap the total, use {@code
   * stream().limit(n)}.
   *
   * @param size items per request
   * @return this read
   */
  public final R pageSize(int size) {
    return with(options.withPageSize(size));
  }

  /**
   * Reads only these attributes (a projection expression) and the key attributes, which are
   * always added (the table's, and the index's for an index read); the others read as null (or
   * their default), so include every attribute the caller needs.
   *
   * @param attributes the attributes to read
   * @return this read
   */
  public final R project(AttributePath... attributes) {
    return with(options.withProjection(attributes));
  }

  /**
   * Signs the cursors of this read's pages with {@code signer}, and takes only cursors it signed
   * for this same read (table, index, partition key value and sort key condition): a cursor a
   * client changed, forged or took from another query is refused with an
   * IllegalArgumentException before anything is sent.
   *
   * @param signer the signer
   * @return this read
   */
  public final R signCursors(CursorSigner signer) {
    return with(options.withSigner(signer));
  }

  /**
   * What a signed cursor is bound to: the read's table, index and key conditions. Filters,
   * projections and page sizes are left out, so a client may change them between pages.
   */
  String binding() {
    return description();
  }

  /**
   * Checks a decoded cursor against this read's own key conditions, before it is sent; nothing
   * to check for a scan.
   */
  void checkCursor(Map<String, AttributeValue> startKey, String cursor) {}

  /**
   * Strongly consistent reads (tables and local indexes only; a global index rejects them).
   *
   * @return this read
   */
  public final R consistentRead() {
    return with(options.withConsistentRead());
  }

  /** {@return the items, fetched page by page as the stream is consumed} */
  public final Stream<T> stream() {
    return Paging.stream(this, table.decoder());
  }

  /** The items, fetched page by page as the iterator advances. */
  @Override
  public final Iterator<T> iterator() {
    return Paging.iterator(this, table.decoder());
  }

  /** {@return all items, in a list: every page is fetched} */
  public final List<T> toList() {
    return stream().toList();
  }

  /** {@return the first page} */
  public final Page<T> firstPage() {
    return Paging.page(this, table.decoder(), null, true);
  }

  /**
   * {@return the page that {@code cursor} (from {@link Page#cursor()} of this same read) points to,
   * or the first page if {@code cursor} is null} So a web API passes on what its client sent, with
   * no cursor on the first request: {@code page(request.cursorOrNull())}, as DAO methods returning
   * {@code Page} take null for the first page.
   *
   * @param cursor a page's cursor, or null for the first page
   * @throws IllegalArgumentException if the cursor is empty, malformed, or of another table or
   *     index (or, with {@code signCursors}, not signed for this read)
   */
  public final Page<T> page(String cursor) {
    return Paging.page(this, table.decoder(), cursor, false);
  }

  /**
   * {@return the number of matching items, after the filter, summed over all pages: the number of
   * items the same read returns} DynamoDB counts them (Select COUNT), except in a single table,
   * where a read leaves out or refuses items of types this code does not know: there the count reads
   * each matching item's keys and type (the same read capacity, more bytes) and counts those a read
   * returns.
   *
   * @throws io.dynagen.runtime.MappingException in a single table not read through {@code
   *     skipUnknownTypes()}, if an item is of a type this code does not know, as the read would
   */
  public final long count() {
    return Paging.count(this);
  }
}
