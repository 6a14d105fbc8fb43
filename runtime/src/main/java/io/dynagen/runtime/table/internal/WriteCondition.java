package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Placeholders;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The condition of a put or delete, rendered for the request; every field is {@code null} when
 * there is no condition, which the SDK's builders take as "not set". A conditional write asks
 * for the item as it stood (ALL_OLD) so that a failure can carry it.
 */
public record WriteCondition(
    String expression,
    Map<String, String> names,
    Map<String, AttributeValue> values,
    ReturnValuesOnConditionCheckFailure onFailure) {
  private static final WriteCondition NONE = new WriteCondition(null, null, null, null);

  public static WriteCondition of(Condition condition) {
    if (condition == null) {
      return NONE;
    }
    Placeholders placeholders = new Placeholders();
    String expression = condition.render(placeholders);
    return new WriteCondition(
        expression,
        placeholders.namesOrNull(),
        placeholders.valuesOrNull(),
        ReturnValuesOnConditionCheckFailure.ALL_OLD);
  }
}
