package io.dynagen.runtime.table.transact;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.ItemSize;
import io.dynagen.runtime.table.internal.GeneratedValues.VersionCheck;
import io.dynagen.runtime.table.internal.ItemOperations;
import io.dynagen.runtime.table.internal.Keys;
import io.dynagen.runtime.table.internal.PreparedPut;
import io.dynagen.runtime.table.internal.UpdateExpressions;
import io.dynagen.runtime.table.internal.WriteCondition;
import io.dynagen.runtime.table.transact.TransactionFailure.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The actions of a write transaction and the request they make, for {@link TransactWrite} and
 * {@link AsyncTransactWrite} alike: each action checked at the call that adds it (keys, sizes,
 * generated values, {@code @Version}, conditions and updates rendered as the table's own
 * operations render them), so both faces send the very same TransactWriteItems. Not thread-safe,
 * as the builders that own one.
 */
final class TransactWriteItems {
  /** DynamoDB's limit on the total size of the items of one transaction: 4 MB. */
  private static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024;

  private final TransactionActions actions = new TransactionActions();
  private final List<TransactWriteItem> items = new ArrayList<>();
  private long totalBytes;
  private String clientRequestToken;

  /** The actions, to turn a failure of the request into Dynagen's exception. */
  TransactionActions actions() {
    return actions;
  }

  <T> void put(ItemOperations<T> table, T item, Condition condition) {
    // Generated values are filled in, and a @Version checked, as by a put outside a transaction.
    PreparedPut<T> prepared = table.preparePut(item);
    Map<String, AttributeValue> attributes = prepared.attributes();
    WriteCondition written = WriteCondition.of(prepared.condition(condition));
    Put put =
        Put.builder()
            .tableName(table.tableName())
            .item(attributes)
            .conditionExpression(written.expression())
            .expressionAttributeNames(written.names())
            .expressionAttributeValues(written.values())
            .returnValuesOnConditionCheckFailure(written.onFailure())
            .build();
    Map<String, AttributeValue> key = Keys.extract(attributes, table.decoder().keyNames());
    add(Kind.PUT, table, key, item, prepared.version(), prepared.size(), TransactWriteItem.builder().put(put));
  }

  /** An update of the item with the key of {@code item}, its {@code @Version} checked. */
  <T> void update(ItemOperations<T> table, T item, Update update, Condition condition) {
    VersionCheck version = table.updateVersion(item);
    update(table, table.schema().keyOf(item), item, version, update, VersionCheck.join(condition, version));
  }

  /**
   * An update of the item with this key.
   *
   * @param item the object the action was given, or {@code null} for a key
   * @param version the check of that object's {@code @Version}, already in {@code condition}, or
   *     {@code null}
   */
  void update(
      ItemOperations<?> table,
      Map<String, AttributeValue> key,
      Object item,
      VersionCheck version,
      Update update,
      Condition condition) {
    checkKey(table, key);
    UpdateExpressions expressions = table.renderUpdate(update, condition);
    software.amazon.awssdk.services.dynamodb.model.Update request =
        software.amazon.awssdk.services.dynamodb.model.Update.builder()
            .tableName(table.tableName())
            .key(key)
            .updateExpression(expressions.update())
            .conditionExpression(expressions.condition())
            .expressionAttributeNames(expressions.names())
            .expressionAttributeValues(expressions.values())
            .returnValuesOnConditionCheckFailure(expressions.onFailure())
            .build();
    add(Kind.UPDATE, table, key, item, version, ItemSize.of(key), TransactWriteItem.builder().update(request));
  }

  /** A delete of the item with the key of {@code item}, its {@code @Version} checked. */
  <T> void delete(ItemOperations<T> table, T item, Condition condition) {
    VersionCheck version = table.deleteVersion(item);
    delete(table, table.schema().keyOf(item), item, version, VersionCheck.join(condition, version));
  }

  /**
   * A delete of the item with this key.
   *
   * @param item the object the action was given, or {@code null} for a key
   * @param version the check of that object's {@code @Version}, already in {@code condition}, or
   *     {@code null}
   */
  void delete(
      ItemOperations<?> table, Map<String, AttributeValue> key, Object item, VersionCheck version, Condition condition) {
    checkKey(table, key);
    WriteCondition written = WriteCondition.of(condition);
    Delete delete =
        Delete.builder()
            .tableName(table.tableName())
            .key(key)
            .conditionExpression(written.expression())
            .expressionAttributeNames(written.names())
            .expressionAttributeValues(written.values())
            .returnValuesOnConditionCheckFailure(written.onFailure())
            .build();
    add(Kind.DELETE, table, key, item, version, ItemSize.of(key), TransactWriteItem.builder().delete(delete));
  }

  void conditionCheck(ItemOperations<?> table, Map<String, AttributeValue> key, Condition condition) {
    checkKey(table, key);
    WriteCondition written = WriteCondition.of(Objects.requireNonNull(condition, "condition"));
    ConditionCheck check =
        ConditionCheck.builder()
            .tableName(table.tableName())
            .key(key)
            .conditionExpression(written.expression())
            .expressionAttributeNames(written.names())
            .expressionAttributeValues(written.values())
            .returnValuesOnConditionCheckFailure(written.onFailure())
            .build();
    add(Kind.CONDITION_CHECK, table, key, null, null, ItemSize.of(key), TransactWriteItem.builder().conditionCheck(check));
  }

  void clientRequestToken(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isEmpty() || token.length() > 36) {
      throw new IllegalArgumentException(
          "Client request token '" + token + "' has " + token.length() + " characters: DynamoDB"
              + " takes 1 to 36 (a UUID fits)");
    }
    this.clientRequestToken = token;
  }

  /**
   * The request of every action so far.
   *
   * @throws IllegalStateException if there are no actions
   */
  TransactWriteItemsRequest request() {
    actions.checkNotEmpty("write transaction");
    return TransactWriteItemsRequest.builder().transactItems(items).clientRequestToken(clientRequestToken).build();
  }

  int size() {
    return actions.size();
  }

  private static void checkKey(ItemOperations<?> table, Map<String, AttributeValue> key) {
    Keys.checkKey(key, table.decoder().keyNames(), table.tableName());
  }

  /**
   * Adds a checked action, after the checks that depend on the others.
   *
   * @param object the object the action was given (a put's item, an object to delete or
   *     update), or null for an action given a key
   * @param version the check of that object's {@code @Version}, or null
   * @param bytes what counts against the 4 MB limit: the size of a put's item, else of the key
   */
  private void add(
      Kind kind,
      ItemOperations<?> table,
      Map<String, AttributeValue> key,
      Object object,
      VersionCheck version,
      long bytes,
      TransactWriteItem.Builder item) {
    if (totalBytes + bytes > MAX_TOTAL_BYTES) {
      throw new IllegalArgumentException(
          "This " + kind + " on table '" + table.tableName() + "', key " + Keys.describe(key)
              + ", brings the transaction's items to " + (totalBytes + bytes) + " bytes, over"
              + " DynamoDB's limit of " + MAX_TOTAL_BYTES + " bytes (4 MB) per transaction:"
              + " split it into several transactions");
    }
    actions.add(kind, table, key, object, version);
    items.add(item.build());
    totalBytes += bytes;
  }
}
