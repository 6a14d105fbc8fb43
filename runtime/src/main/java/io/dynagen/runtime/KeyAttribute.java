package io.dynagen.runtime;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A key attribute of a table or index: its stored name and scalar type (S, N or B). Immutable;
 * equal when name and type are.
 *
 * <p>Generated schemas build theirs with {@link #string}, {@link #number} and {@link #binary},
 * which keep the type as its letter: the SDK's {@code ScalarAttributeType} builds a lookup table
 * with a lambda and reflection when it is first used, work that an application's first item does
 * not need. It is looked up when {@link #type()} is first asked for (creating a table, checking a
 * key value).
 */
public final class KeyAttribute {
  private final String name;
  private final String typeLetter;
  // Looked up on first use; a race only looks it up twice and stores the same enum constant.
  private ScalarAttributeType type;

  /**
   * Checks that neither is null.
   *
   * @param name the attribute name as stored
   * @param type the scalar type DynamoDB declares for it
   */
  public KeyAttribute(String name, ScalarAttributeType type) {
    this(name, Objects.requireNonNull(type, "type").toString());
    this.type = type;
  }

  private KeyAttribute(String name, String typeLetter) {
    this.name = Objects.requireNonNull(name, "name");
    this.typeLetter = typeLetter;
  }

  /**
   * {@return a key attribute of type S}
   *
   * @param name the attribute name as stored
   */
  public static KeyAttribute string(String name) {
    return new KeyAttribute(name, "S");
  }

  /**
   * {@return a key attribute of type N}
   *
   * @param name the attribute name as stored
   */
  public static KeyAttribute number(String name) {
    return new KeyAttribute(name, "N");
  }

  /**
   * {@return a key attribute of type B}
   *
   * @param name the attribute name as stored
   */
  public static KeyAttribute binary(String name) {
    return new KeyAttribute(name, "B");
  }

  /** {@return the attribute name as stored} */
  public String name() {
    return name;
  }

  /** {@return the scalar type DynamoDB declares for it} */
  public ScalarAttributeType type() {
    ScalarAttributeType known = type;
    if (known == null) {
      known = ScalarAttributeType.fromValue(typeLetter);
      type = known;
    }
    return known;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyAttribute
        && ((KeyAttribute) other).name.equals(name)
        && ((KeyAttribute) other).typeLetter.equals(typeLetter);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + typeLetter.hashCode();
  }

  @Override
  public String toString() {
    return "KeyAttribute[name=" + name + ", type=" + typeLetter + "]";
  }
}
