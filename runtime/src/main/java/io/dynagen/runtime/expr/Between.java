package io.dynagen.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code left BETWEEN :low AND :high}, both ends included. */
record Between(Operand left, AttributeValue low, AttributeValue high) implements Condition {

  @Override
  public void appendTo(StringBuilder out, Placeholders placeholders) {
    left.appendTo(out, placeholders);
    out.append(" BETWEEN ").append(placeholders.value(low));
    out.append(" AND ").append(placeholders.value(high));
  }
}
