package io.dynagen.runtime.expr;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code path IN (:v0, :v1, ...)}: DynamoDB allows 1 to 100 values. */
record In(AttributePath path, List<AttributeValue> values) implements Condition {
  static final int MAX_VALUES = 100;

  In {
    if (values.isEmpty() || values.size() > MAX_VALUES) {
      throw new IllegalArgumentException(
          "'" + path + "' IN got " + values.size() + " values: DynamoDB allows 1 to " + MAX_VALUES
              + "; split a longer list into several IN conditions joined with or()");
    }
    values = List.copyOf(values);
  }

  @Override
  public void appendTo(StringBuilder out, Placeholders placeholders) {
    path.appendTo(out, placeholders);
    out.append(" IN (");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(placeholders.value(values.get(i)));
    }
    out.append(')');
  }
}
