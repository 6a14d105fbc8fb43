package io.dynagen.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A condition function on a path, with an optional value argument: {@code
 * attribute_exists(#n0)}, {@code begins_with(#n0, :v0)}, {@code contains(#n0, :v0)}, {@code
 * attribute_type(#n0, :v0)}.
 */
record FunctionCondition(String function, AttributePath path, AttributeValue argument) implements Condition {

  @Override
  public void appendTo(StringBuilder out, Placeholders placeholders) {
    out.append(function).append('(');
    path.appendTo(out, placeholders);
    if (argument != null) {
      out.append(", ").append(placeholders.value(argument));
    }
    out.append(')');
  }
}
