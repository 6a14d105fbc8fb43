package io.dynagen.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size of an attribute, {@code size(path)}, to compare with a number: a string's length in
 * UTF-8 bytes, a binary's byte count, the number of elements of a set, list or map.
 */
public final class Size {
  private final Operand operand;

  Size(AttributePath path) {
    this.operand = new Operand(path, true);
  }

  /**
   * {@code size(path) = n}.
   *
   * @param n the size to compare with
   * @return the condition
   */
  public Condition eq(long n) {
    return compare(Comparison.EQ, n);
  }

  /**
   * {@code size(path) <> n}.
   *
   * @param n the size to compare with
   * @return the condition
   */
  public Condition ne(long n) {
    return compare(Comparison.NE, n);
  }

  /**
   * {@code size(path) < n}.
   *
   * @param n the size to compare with
   * @return the condition
   */
  public Condition lt(long n) {
    return compare(Comparison.LT, n);
  }

  /**
   * {@code size(path) <= n}.
   *
   * @param n the size to compare with
   * @return the condition
   */
  public Condition le(long n) {
    return compare(Comparison.LE, n);
  }

  /**
   * {@code size(path) > n}.
   *
   * @param n the size to compare with
   * @return the condition
   */
  public Condition gt(long n) {
    return compare(Comparison.GT, n);
  }

  /**
   * {@code size(path) >= n}.
   *
   * @param n the size to compare with
   * @return the condition
   */
  public Condition ge(long n) {
    return compare(Comparison.GE, n);
  }

  /**
   * {@code size(path) BETWEEN low AND high}, both included.
   *
   * @param low the smallest size included
   * @param high the largest size included
   * @return the condition
   */
  public Condition between(long low, long high) {
    return new Between(operand, number(low), number(high));
  }

  private Condition compare(String operator, long n) {
    return new Comparison(operand, operator, number(n));
  }

  private static AttributeValue number(long n) {
    return AttributeValue.createN(Long.toString(n));
  }
}
