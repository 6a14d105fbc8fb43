package io.dynagen.runtime.expr;

import io.dynagen.runtime.ValueLimits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A path to an attribute holding values of Java type {@code V}: equality, {@code IN}, and
 * setting the value. Values are encoded with the path's {@link ValueEncoder}, exactly as the
 * schema stores them. The generated metamodel uses this class for types without an order
 * (booleans aside), such as {@code @Convert} properties; subclasses add what their type allows.
 *
 * <p>Null is never a condition or update value: test a missing attribute with {@link
 * #notExists()} and clear one with {@link #remove()}.
 *
 * @param <V> the Java type of the attribute's values
 */
public class ValuePath<V> extends AttributePath {
  private final ValueEncoder<V> encoder;

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param encoder how the attribute's values are stored
   */
  public ValuePath(AttributePath parent, String name, ValueEncoder<V> encoder) {
    super(parent, name);
    this.encoder = Objects.requireNonNull(encoder, "encoder");
  }

  /** The element at {@code index} of the list at {@code list}. */
  ValuePath(AttributePath list, int index, ValueEncoder<V> encoder) {
    super(list, index);
    this.encoder = Objects.requireNonNull(encoder, "encoder");
  }

  /** {@return how this attribute's values are stored} */
  public final ValueEncoder<V> encoder() {
    return encoder;
  }

  /**
   * Attribute equal to {@code value}.
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition eq(V value) {
    return compare(Comparison.EQ, value);
  }

  /**
   * Attribute not equal to {@code value} (also true when the attribute is absent).
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition ne(V value) {
    return compare(Comparison.NE, value);
  }

  /**
   * Attribute equal to one of {@code values} (1 to 100 of them).
   *
   * @param values the values, 1 to 100 of them
   * @return the condition
   */
  @SafeVarargs
  public final Condition in(V... values) {
    checkValuesGiven(values, "in");
    List<AttributeValue> encoded = new ArrayList<>(values.length);
    for (V value : values) {
      encoded.add(encodeCompared(value, "in"));
    }
    return new In(this, encoded);
  }

  /**
   * Attribute equal to one of {@code values} (1 to 100 of them).
   *
   * @param values the values, 1 to 100 of them
   * @return the condition
   */
  public final Condition in(Collection<? extends V> values) {
    checkValuesGiven(values, "in");
    List<AttributeValue> encoded = new ArrayList<>(values.size());
    for (V value : values) {
      encoded.add(encodeCompared(value, "in"));
    }
    return new In(this, encoded);
  }

  /**
   * Sets the attribute to {@code value}: {@code SET path = :v}. A value the item stores as absent
   * (an empty set) removes the attribute instead: {@code REMOVE path}, as a put would leave it out.
   *
   * @param value the value to store
   * @return the action, for an update
   */
  public final UpdateAction set(V value) {
    if (value != null && encoder.storedAsAbsent(value)) {
      return UpdateAction.remove(this);
    }
    return UpdateAction.set(this, UpdateAction.SetForm.VALUE, encode(value, "set"));
  }

  /**
   * Sets the attribute only if the item does not have it yet: {@code SET path =
   * if_not_exists(path, :v)}.
   *
   * @param value the value to store
   * @return the action, for an update
   */
  public final UpdateAction setIfAbsent(V value) {
    return UpdateAction.set(this, UpdateAction.SetForm.IF_NOT_EXISTS, encode(value, "setIfAbsent"));
  }

  /** {@code path <op> :value}, for this class and its subclasses. */
  final Condition compare(String operator, V value) {
    return new Comparison(new Operand(this, false), operator, encodeCompared(value, operator));
  }

  /** Encodes a value a condition compares with ({@link ValueEncoder#encodeCompared}). */
  final AttributeValue encodeCompared(V value, String operation) {
    checkNotNull(value, operation);
    return checkedLimits(encoder.encodeCompared(value, toString()), operation);
  }

  /**
   * Encodes a condition or update value, rejecting null with a message that names the path and
   * the method to use instead.
   */
  final AttributeValue encode(V value, String operation) {
    checkNotNull(value, operation);
    return checkedLimits(encoder.encode(value, toString()), operation);
  }

  /** A value DynamoDB would refuse (see {@link ValueLimits}) fails here, before any request. */
  private AttributeValue checkedLimits(AttributeValue encoded, String operation) {
    if (encoded != null) {
      ValueLimits.checkValue(encoded, toString(), " (the value of " + operation + ")");
    }
    return encoded;
  }

  /**
   * Rejects a null array or collection of values (not a null value among them, which {@link
   * #encode} rejects), naming the path and what to pass.
   */
  final void checkValuesGiven(Object values, String operation) {
    if (values == null) {
      throw new IllegalArgumentException("Null values for '" + this + "' in " + operation
          + ": pass the values themselves (an array or a collection of at least one); to test for a"
          + " missing attribute use " + this + ".notExists()");
    }
  }

  private void checkNotNull(V value, String operation) {
    if (value == null) {
      throw new IllegalArgumentException(
          "Null value for '" + this + "' in " + operation + ": DynamoDB conditions and updates"
              + " take no null; use " + this + ".notExists() to test for a missing attribute or "
              + this + ".remove() to delete one");
    }
  }
}
