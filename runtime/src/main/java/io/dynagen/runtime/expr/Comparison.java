package io.dynagen.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code left <op> :value}, such as {@code #n0 < :v0} or {@code size(#n0) >= :v0}. */
record Comparison(Operand left, String operator, AttributeValue value) implements Condition {
  static final String EQ = "=";
  static final String NE = "<>";
  static final String LT = "<";
  static final String LE = "<=";
  static final String GT = ">";
  static final String GE = ">=";

  @Override
  public void appendTo(StringBuilder out, Placeholders placeholders) {
    left.appendTo(out, placeholders);
    out.append(' ').append(operator).append(' ').append(placeholders.value(value));
  }
}
