package io.dynagen.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A path to a number attribute (N), typed by its Java type, so that {@code
 * User_.age.lt("27")} does not compile. Adds arithmetic updates.
 *
 * <p>Every comparison and update also takes a {@code long}, so that any Java integer value
 * works whatever the attribute's number type: {@code Order_.orderId.gt(5)} on a {@code Long},
 * {@code Order_.total.between(10, 20)} on a {@code BigDecimal}. Written values must fit the
 * attribute's type ({@code set(5_000_000_000L)} on an {@code int} is refused before any request).
 *
 * @param <N> the Java number type
 */
public class NumberPath<N extends Number> extends ComparablePath<N> {

  /**
   * A path to the attribute {@code name}.
   *
   * @param parent the enclosing document or map path, or {@code null} for a top-level attribute
   * @param name the stored attribute name
   * @param encoder how the attribute's values are stored (as N), such as {@link Encoders#INT}
   */
  public NumberPath(AttributePath parent, String name, ValueEncoder<N> encoder) {
    super(parent, name, encoder);
  }

  /** The element at {@code index} of the list at {@code list}. */
  NumberPath(AttributePath list, int index, ValueEncoder<N> encoder) {
    super(list, index, encoder);
  }

  /**
   * Attribute equal to {@code value}.
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition eq(long value) {
    return compareLiteral(Comparison.EQ, value);
  }

  /**
   * Attribute not equal to {@code value} (also true when the attribute is absent).
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition ne(long value) {
    return compareLiteral(Comparison.NE, value);
  }

  /**
   * Attribute less than {@code value}.
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition lt(long value) {
    return compareLiteral(Comparison.LT, value);
  }

  /**
   * Attribute less than or equal to {@code value}.
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition le(long value) {
    return compareLiteral(Comparison.LE, value);
  }

  /**
   * Attribute greater than {@code value}.
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition gt(long value) {
    return compareLiteral(Comparison.GT, value);
  }

  /**
   * Attribute greater than or equal to {@code value}.
   *
   * @param value the value to compare with
   * @return the condition
   */
  public final Condition ge(long value) {
    return compareLiteral(Comparison.GE, value);
  }

  /**
   * Attribute between {@code low} and {@code high}, both included.
   *
   * @param low the lowest value included
   * @param high the highest value included
   * @return the condition
   */
  public final Condition between(long low, long high) {
    return new Between(new Operand(this, false), literal(low, false), literal(high, false));
  }

  /**
   * Sets the attribute to {@code value}, which must fit its type: {@code SET path = :v}.
   *
   * @param value the value to store
   * @return the action, for an update
   */
  public final UpdateAction set(long value) {
    return UpdateAction.set(this, UpdateAction.SetForm.VALUE, literal(value, true));
  }

  /**
   * Sets the attribute only if the item does not have it yet: {@code SET path = if_not_exists(path, :v)}.
   *
   * @param value the value to store
   * @return the action, for an update
   */
  public final UpdateAction setIfAbsent(long value) {
    return UpdateAction.set(this, UpdateAction.SetForm.IF_NOT_EXISTS, literal(value, true));
  }

  /**
   * {@link #add(Number)} with any integer delta that fits the attribute's type.
   *
   * @param delta what to add or subtract
   * @return the action, for an update
   */
  public final UpdateAction add(long delta) {
    return UpdateAction.add(this, literal(delta, true));
  }

  /**
   * {@link #plus(Number)} with any integer delta that fits the attribute's type.
   *
   * @param delta what to add or subtract
   * @return the action, for an update
   */
  public final UpdateAction plus(long delta) {
    return UpdateAction.set(this, UpdateAction.SetForm.PLUS, literal(delta, true));
  }

  /**
   * {@link #minus(Number)} with any integer delta that fits the attribute's type.
   *
   * @param delta what to add or subtract
   * @return the action, for an update
   */
  public final UpdateAction minus(long delta) {
    return UpdateAction.set(this, UpdateAction.SetForm.MINUS, literal(delta, true));
  }

  private Condition compareLiteral(String operator, long value) {
    return new Comparison(new Operand(this, false), operator, literal(value, false));
  }

  private AttributeValue literal(long value, boolean written) {
    return IntegralLiteral.encode(value, encoder(), toString(), written);
  }

  /**
   * Adds {@code delta} to the attribute, starting from 0 if the item does not have it: {@code ADD
   * path :delta}. The usual way to count; top-level attributes only (a DynamoDB rule).
   *
   * @param delta what to add or subtract
   * @return the action, for an update
   */
  public final UpdateAction add(N delta) {
    return UpdateAction.add(this, encode(delta, "add"));
  }

  /**
   * Adds {@code delta} to the attribute, which must exist: {@code SET path = path + :delta}.
   * Works on nested attributes too.
   *
   * @param delta what to add or subtract
   * @return the action, for an update
   */
  public final UpdateAction plus(N delta) {
    return UpdateAction.set(this, UpdateAction.SetForm.PLUS, encode(delta, "plus"));
  }

  /**
   * Subtracts {@code delta} from the attribute, which must exist: {@code SET path = path - :delta}.
   *
   * @param delta what to add or subtract
   * @return the action, for an update
   */
  public final UpdateAction minus(N delta) {
    return UpdateAction.set(this, UpdateAction.SetForm.MINUS, encode(delta, "minus"));
  }
}
