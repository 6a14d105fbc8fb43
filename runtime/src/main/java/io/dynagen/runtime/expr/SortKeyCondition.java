package io.dynagen.runtime.expr;

import io.dynagen.runtime.ValueLimits;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A condition on the sort key of a query: {@code =}, {@code <}, {@code <=}, {@code >}, {@code
 * >=}, {@code BETWEEN} or {@code begins_with}, the only forms a key condition allows. Typed by
 * the sort key's Java type; the table accessor supplies the key's name and encoder:
 * {@code users.query("johndoe", SortKeyCondition.beginsWith("Do"))}.
 *
 * <p>For a number sort key, each comparison also takes any Java integer value, whatever the key's
 * number type: {@code orders.query("ann", SortKeyCondition.between(1000, 2000))} on a {@code
 * long} key (Java would not box {@code 1000} to a {@code Long}). A {@code char} key is compared
 * with a {@code Character} ({@code eq(Character.valueOf('a'))}), since a {@code char} is an
 * integer value to Java.
 *
 * @param <V> the sort key's Java type
 */
public final class SortKeyCondition<V> {
  private final String operator;
  /** A {@code V}, or an {@link Integral} given for a number key. */
  private final Object value;
  private final Object high;

  private SortKeyCondition(String operator, Object value, Object high) {
    this.operator = operator;
    this.value = value;
    this.high = high;
  }

  /**
   * A value a key condition compares with: DynamoDB key values are never null, so a null one
   * fails here, at the call, naming the parameter and the way to read without the condition.
   */
  private static <V> V required(V value, String method, String parameter) {
    if (value == null) {
      throw new IllegalArgumentException("Null " + parameter + " in SortKeyCondition." + method
          + ": sort key values are never null; pass a value, or query without a sort key condition"
          + " to read the whole partition");
    }
    return value;
  }

  /** An integer value for a number key of any Java number type, encoded when the key is known. */
  private record Integral(long value) {
    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /**
   * Sort key equal to {@code value}.
   *
   * @param <V> the sort key's Java type
   * @param value the value to compare the sort key with
   * @return the key condition, for a query
   */
  public static <V> SortKeyCondition<V> eq(V value) {
    return new SortKeyCondition<>(Comparison.EQ, required(value, "eq", "value"), null);
  }

  /**
   * Number sort key equal to {@code value}.
   *
   * @param <N> the sort key's number type
   * @param value the value to compare the sort key with
   * @return the key condition, for a query
   */
  public static <N extends Number> SortKeyCondition<N> eq(long value) {
    return new SortKeyCondition<>(Comparison.EQ, new Integral(value), null);
  }

  /**
   * Sort key less than {@code value}.
   *
   * @param <V> the sort key's Java type
   * @param value the value to compare the sort key with
   * @return the key condition, for a query
   */
  public static <V> SortKeyCondition<V> lt(V value) {
    return new SortKeyCondition<>(Comparison.LT, required(value, "lt", "value"), null);
  }

  /**
   * Number sort key less than {@code value}.
   *
   * @param <N> the sort key's number type
   * @param value the value to compare the sort key with
   * @return the key condition, for a query
   */
  public static <N extends Number> SortKeyCondition<N> lt(long value) {
    return new SortKeyCondition<>(Comparison.LT, new Integral(value), null);
  }

  /**
   * Sort key less than or equal to {@code value}.
   *
   * @param <V> the sort key's Java type
   * @param value the value to compare the sort key with
   * @return the key condition, for a query
   */
  public static <V> SortKeyCondition<V> le(V value) {
    return new SortKeyCondition<>(Comparison.LE, required(value, "le", "value"), null);
  }

  /**
   * Number sort key less than or equal to {@code value}.
   *
   * @param <N> the sort key's number type
   * @param value the value to compare the sort key with
   * @return the key condition, for a query
   */
  public static <N extends Number> SortKeyCondition<N> le(long value) {
    return new SortKeyCondition<>(Comparison.LE, new Integral(value), null);
  }

  /**
   * Sort key greater than {@code value}.
   *
   * @param <V> the sort key's Java type
   * @param value the value to compare the sort key with
   * @return the key condition, for a query
   */
  public static <V> SortKeyCondition<V> gt(V value) {
    return new SortKeyCondition<>(Comparison.GT, required(value, "gt", "value"), null);
  }

  /**
   * Number sort key greater than {@code value}.
   *
   * @param <N> the sort key's number type
   * @param value the value to compare the sort key with
   * @return the key condition, for a query
   */
  public static <N extends Number> SortKeyCondition<N> gt(long value) {
    return new SortKeyCondition<>(Comparison.GT, new Integral(value), null);
  }

  /**
   * Sort key greater than or equal to {@code value}.
   *
   * @param <V> the sort key's Java type
   * @param value the value to compare the sort key with
   * @return the key condition, for a query
   */
  public static <V> SortKeyCondition<V> ge(V value) {
    return new SortKeyCondition<>(Comparison.GE, required(value, "ge", "value"), null);
  }

  /**
   * Number sort key greater than or equal to {@code value}.
   *
   * @param <N> the sort key's number type
   * @param value the value to compare the sort key with
   * @return the key condition, for a query
   */
  public static <N extends Number> SortKeyCondition<N> ge(long value) {
    return new SortKeyCondition<>(Comparison.GE, new Integral(value), null);
  }

  /**
   * Sort key between {@code low} and {@code high}, both included.
   *
   * @param <V> the sort key's Java type
   * @param low the lowest sort key included
   * @param high the highest sort key included
   * @return the key condition, for a query
   */
  public static <V> SortKeyCondition<V> between(V low, V high) {
    return new SortKeyCondition<>("BETWEEN", required(low, "between", "low"), required(high, "between", "high"));
  }

  /**
   * Number sort key between {@code low} and {@code high}, both included.
   *
   * @param <N> the sort key's number type
   * @param low the lowest sort key included
   * @param high the highest sort key included
   * @return the key condition, for a query
   */
  public static <N extends Number> SortKeyCondition<N> between(long low, long high) {
    return new SortKeyCondition<>("BETWEEN", new Integral(low), new Integral(high));
  }

  /**
   * Sort key starting with {@code prefix}: for string and binary keys only (DynamoDB rejects it
   * on a number key).
   *
   * @param <V> the sort key's Java type
   * @param prefix the start of the sort keys wanted
   * @return the key condition, for a query
   */
  public static <V> SortKeyCondition<V> beginsWith(V prefix) {
    return new SortKeyCondition<>("begins_with", required(prefix, "beginsWith", "prefix"), null);
  }

  /**
   * {@return the operator: {@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code BETWEEN}
   * or {@code begins_with}} For accessors that rewrite a condition on one part of a composite key,
   * such as a single-table entity's sort template.
   */
  public String operator() {
    return operator;
  }

  /**
   * {@return the value compared with, the low bound of {@code BETWEEN}: a {@code V}, or a {@code
   * Long} if an integer was given for a number key}
   */
  public Object low() {
    return value instanceof Integral ? Long.valueOf(((Integral) value).value()) : value;
  }

  /** {@return the high bound of {@code BETWEEN} (a {@code V} or a {@code Long}), else {@code null}} */
  public Object high() {
    return high instanceof Integral ? Long.valueOf(((Integral) high).value()) : high;
  }

  /**
   * {@return the key condition text for a sort key, such as {@code #n1 BETWEEN :v1 AND :v2}}
   *
   * @param sortKeyName the stored name of the table's or index's sort key
   * @param encoder the sort key's encoder, as the schema stores it
   * @param placeholders the names and values of the expression being built
   */
  public String render(String sortKeyName, ValueEncoder<V> encoder, Placeholders placeholders) {
    String name = placeholders.name(sortKeyName);
    AttributeValue encoded = encode(encoder, value, sortKeyName);
    AttributeValue encodedHigh = high == null ? null : encode(encoder, high, sortKeyName);
    if (encodedHigh != null) {
      checkBoundsInOrder(encoded, encodedHigh, sortKeyName);
    }
    String first = placeholders.value(encoded);
    switch (operator) {
      case "BETWEEN":
        return name + " BETWEEN " + first + " AND " + placeholders.value(encodedHigh);
      case "begins_with":
        return "begins_with(" + name + ", " + first + ")";
      default:
        return name + " " + operator + " " + first;
    }
  }

  @SuppressWarnings("unchecked") // a value that is not an Integral was given as a V
  private static <V> AttributeValue encode(ValueEncoder<V> encoder, Object value, String sortKeyName) {
    AttributeValue encoded = value instanceof Integral
        ? IntegralLiteral.encode(((Integral) value).value(), encoder, sortKeyName, false)
        : encoder.encode((V) value, sortKeyName);
    if (encoded.s() != null && encoded.s().isEmpty()) {
      throw new IllegalArgumentException(
          "Sort key condition on '" + sortKeyName + "' compares with an empty string: DynamoDB"
              + " key values are never empty; use a non-empty value");
    }
    ValueLimits.checkKeyValue(encoded, sortKeyName, null, "sort key", ValueLimits.MAX_SORT_KEY_BYTES,
        " (in a sort key condition)");
    return encoded;
  }

  /**
   * DynamoDB refuses a {@code BETWEEN} whose low bound sorts above its high one (a
   * ValidationException from the service): said here, before any request, with the fix.
   */
  private static void checkBoundsInOrder(AttributeValue low, AttributeValue high, String sortKeyName) {
    if (Between.compareAsDynamoDbSorts(low, high) > 0) {
      throw new IllegalArgumentException("Sort key condition on '" + sortKeyName + "' is BETWEEN " + Between.shown(low)
          + " AND " + Between.shown(high) + ", whose low bound sorts above its high one: pass the lower bound first");
    }
  }

  @Override
  public String toString() {
    return "sort key " + operator + " " + value + (high == null ? "" : " AND " + high);
  }
}
