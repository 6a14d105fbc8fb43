package io.dynagen.runtime.table.read;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What one Query or Scan response gave: the items (none when counting), how many matched, and
 * the key to continue from ({@code null} at the end).
 */
record RawPage(List<Map<String, AttributeValue>> items, int count, Map<String, AttributeValue> lastEvaluatedKey) {

  /** A page from a response's fields, any of which the SDK may leave unset. */
  static RawPage of(List<Map<String, AttributeValue>> items, Integer count, Map<String, AttributeValue> lastEvaluatedKey) {
    boolean more = lastEvaluatedKey != null && !lastEvaluatedKey.isEmpty();
    return new RawPage(items == null ? List.of() : items, count == null ? 0 : count, more ? lastEvaluatedKey : null);
  }

  /** True if DynamoDB says there may be more. */
  boolean hasMore() {
    return lastEvaluatedKey != null;
  }
}
