package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Placeholders;
import io.dynagen.runtime.expr.Update;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * An update and its optional condition rendered for one request (UpdateItem, or the Update of a
 * transaction): they share the request's name and value placeholders. A conditional update asks
 * for the item as it stood (ALL_OLD) so that a failure can carry it.
 *
 * @param update the update expression
 * @param condition the condition expression, or {@code null}
 * @param names the expression attribute names, or {@code null} if none
 * @param values the expression attribute values, or {@code null} if none
 * @param onFailure ALL_OLD with a condition, else {@code null}
 */
public record UpdateExpressions(
    String update,
    String condition,
    Map<String, String> names,
    Map<String, AttributeValue> values,
    ReturnValuesOnConditionCheckFailure onFailure) {

  public static UpdateExpressions of(Update update, Condition condition) {
    Placeholders placeholders = new Placeholders();
    String updateExpression = update.render(placeholders);
    String conditionExpression = condition == null ? null : condition.render(placeholders);
    return new UpdateExpressions(
        updateExpression,
        conditionExpression,
        placeholders.namesOrNull(),
        placeholders.valuesOrNull(),
        condition == null ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD);
  }
}
