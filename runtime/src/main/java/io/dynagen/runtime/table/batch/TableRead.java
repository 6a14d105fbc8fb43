package io.dynagen.runtime.table.batch;

import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.internal.ItemKey;
import io.dynagen.runtime.table.internal.KeyProjection;
import io.dynagen.runtime.table.internal.TableInternals;
import io.dynagen.runtime.table.read.GetOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * One table of a batch get: its distinct keys, in the order first asked, and how it is read
 * (DynamoDB reads a table one way per BatchGetItem: one consistency, one projection).
 */
final class TableRead {
  private final String tableName;
  private final List<String> keyNames;
  private final GetOptions options;
  private final String projection;
  private final Map<String, String> projectionNames;
  private final Map<ItemKey, Map<String, AttributeValue>> keys = new LinkedHashMap<>();

  TableRead(TypedTable<?> table, GetOptions options) {
    this.tableName = table.tableName();
    this.keyNames = TableInternals.operations(table).decoder().keyNames();
    this.options = options;
    if (options.projection().isEmpty()) {
      this.projection = null;
      this.projectionNames = null;
    } else {
      Placeholders placeholders = new Placeholders();
      this.projection = placeholders.projection(KeyProjection.withKeys(options.projection(), keyNames, table.schema()));
      this.projectionNames = placeholders.namesOrNull();
    }
  }

  /**
   * Fails unless {@code table} and {@code other} read this table the same way, since one
   * request cannot read a table two ways.
   */
  void checkSameRead(TypedTable<?> table, GetOptions other) {
    if (!keyNames.equals(TableInternals.operations(table).decoder().keyNames())
        || options.isConsistentRead() != other.isConsistentRead()
        || !options.projection().equals(other.projection())) {
      throw new IllegalArgumentException(
          "Table '" + tableName + "' is already in this batch get, read another way (key "
              + keyNames + ", consistent read " + options.isConsistentRead() + ", projection "
              + options.projection() + "): a BatchGetItem reads each table one way; pass the same"
              + " options, or use another BatchGet");
    }
  }

  /** Adds a checked key; a key already added is read once. */
  void add(ItemKey identity, Map<String, AttributeValue> key) {
    keys.putIfAbsent(identity, key);
  }

  String tableName() {
    return tableName;
  }

  List<String> keyNames() {
    return keyNames;
  }

  /** The distinct keys to read, with the key each was first given as. */
  Map<ItemKey, Map<String, AttributeValue>> keys() {
    return keys;
  }

  /** The request's entry for this table, asking for {@code requested}. */
  KeysAndAttributes request(List<Map<String, AttributeValue>> requested) {
    return KeysAndAttributes.builder()
        .keys(requested)
        .consistentRead(options.isConsistentRead() ? Boolean.TRUE : null)
        .projectionExpression(projection)
        .expressionAttributeNames(projectionNames)
        .build();
  }
}
