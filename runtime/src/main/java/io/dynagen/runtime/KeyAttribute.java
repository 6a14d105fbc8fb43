package io.dynagen.runtime;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A key attribute of a table or index: its stored name and scalar type (S, N or B).
 *
 * @param name the attribute name as stored
 * @param type the scalar type DynamoDB declares for it
 */
public record KeyAttribute(String name, ScalarAttributeType type) {
  /**
   * Checks that neither is null.
   *
   * @param name the attribute name as stored
   * @param type the scalar type DynamoDB declares for it
   */
  public KeyAttribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
