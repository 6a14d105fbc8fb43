package io.dynagen.runtime.expr;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code left BETWEEN :low AND :high}, both ends included. */
record Between(Operand left, AttributeValue low, AttributeValue high) implements Condition {

  /**
   * DynamoDB refuses a {@code BETWEEN} whose low bound sorts above its high one, in a filter or
   * condition expression as in a key condition (a ValidationException from the service, after the
   * request): said here, at the call, with the fix.
   */
  Between {
    if (compareAsDynamoDbSorts(low, high) > 0) {
      String operand = left.size() ? "size(" + left.path() + ")" : "'" + left.path() + "'";
      throw new IllegalArgumentException("Condition " + operand + " BETWEEN " + shown(low) + " AND " + shown(high)
          + " has a low bound that sorts above its high one, which DynamoDB refuses: pass the lower bound first");
    }
  }

  @Override
  public void appendTo(StringBuilder out, Placeholders placeholders) {
    left.appendTo(out, placeholders);
    out.append(" BETWEEN ").append(placeholders.value(low));
    out.append(" AND ").append(placeholders.value(high));
  }

  /**
   * DynamoDB's order of two values of one scalar type: numbers by value, strings by their UTF-8
   * bytes, binary by its bytes unsigned; 0 for values of other or different types, which DynamoDB
   * judges itself.
   */
  static int compareAsDynamoDbSorts(AttributeValue a, AttributeValue b) {
    if (a.n() != null && b.n() != null) {
      return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
    }
    if (a.s() != null && b.s() != null) {
      return Arrays.compareUnsigned(a.s().getBytes(StandardCharsets.UTF_8), b.s().getBytes(StandardCharsets.UTF_8));
    }
    if (a.b() != null && b.b() != null) {
      return Arrays.compareUnsigned(a.b().asByteArrayUnsafe(), b.b().asByteArrayUnsafe());
    }
    return 0;
  }

  /** A bound as a message shows it. */
  static String shown(AttributeValue value) {
    return value.n() != null ? value.n() : value.s() != null ? "'" + value.s() + "'" : "<binary>";
  }
}
