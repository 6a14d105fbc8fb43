package io.dynagen.runtime.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A condition on an item, for condition expressions (conditional put, update, delete) and
 * filter expressions (query, scan). Built from typed paths ({@code User_.age.lt(27)}) and
 * combined with {@link #and}, {@link #or} and {@link #negate}; immutable and thread-safe.
 *
 * <p>Rendering puts every name and value behind a placeholder (see {@link Placeholders}) and
 * wraps each operand of AND, OR and NOT in parentheses, so precedence is always what the Java
 * expression says.
 */
public sealed interface Condition
    permits Comparison, Between, In, FunctionCondition, Junction, Negation {

  /**
   * Appends the expression text to {@code out}, registering names and values.
   *
   * @param out where the text goes
   * @param placeholders the names and values of the expression being built
   */
  void appendTo(StringBuilder out, Placeholders placeholders);

  /**
   * {@return the expression text, registering names and values in {@code placeholders}}
   *
   * @param placeholders the names and values of the expression being built
   */
  default String render(Placeholders placeholders) {
    StringBuilder out = new StringBuilder();
    appendTo(out, placeholders);
    return out.toString();
  }

  /**
   * True if both this and {@code other} are.
   *
   * @param other the other condition
   * @return the condition
   */
  default Condition and(Condition other) {
    return Junction.of(Junction.AND, List.of(this, Objects.requireNonNull(other,
        "The condition to and() is null: pass a condition, or leave out the and()")));
  }

  /**
   * True if this or {@code other} is.
   *
   * @param other the other condition
   * @return the condition
   */
  default Condition or(Condition other) {
    return Junction.of(Junction.OR, List.of(this, Objects.requireNonNull(other,
        "The condition to or() is null: pass a condition, or leave out the or()")));
  }

  /**
   * True if this is not.
   *
   * @return the condition
   */
  default Condition negate() {
    return new Negation(this);
  }

  /**
   * True if every condition is.
   *
   * @param first the first condition
   * @param more the other conditions
   * @return the condition
   */
  static Condition allOf(Condition first, Condition... more) {
    return Junction.of(Junction.AND, list(first, more));
  }

  /**
   * True if every condition is; the collection must not be empty.
   *
   * @param conditions the conditions, at least one
   * @return the condition
   */
  static Condition allOf(Collection<? extends Condition> conditions) {
    return Junction.of(Junction.AND, nonEmpty(conditions, "allOf"));
  }

  /**
   * True if any condition is.
   *
   * @param first the first condition
   * @param more the other conditions
   * @return the condition
   */
  static Condition anyOf(Condition first, Condition... more) {
    return Junction.of(Junction.OR, list(first, more));
  }

  /**
   * True if any condition is; the collection must not be empty.
   *
   * @param conditions the conditions, at least one
   * @return the condition
   */
  static Condition anyOf(Collection<? extends Condition> conditions) {
    return Junction.of(Junction.OR, nonEmpty(conditions, "anyOf"));
  }

  /**
   * True if {@code condition} is not.
   *
   * @param condition the condition to negate
   * @return the condition
   */
  static Condition not(Condition condition) {
    return Objects.requireNonNull(condition, "The condition to Condition.not() is null: pass a condition").negate();
  }

  private static List<Condition> list(Condition first, Condition... more) {
    List<Condition> all = new ArrayList<>(more.length + 1);
    all.add(Objects.requireNonNull(first, "The first condition is null: pass conditions, none of them null"));
    for (Condition condition : Objects.requireNonNull(more, "more")) {
      all.add(Objects.requireNonNull(condition, "A condition is null: pass conditions, none of them null"));
    }
    return all;
  }

  private static List<Condition> nonEmpty(Collection<? extends Condition> conditions, String method) {
    Objects.requireNonNull(conditions, () -> "Condition." + method + " got null: pass a collection of conditions");
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException(
          "Condition." + method + " got no conditions: pass at least one");
    }
    List<Condition> all = new ArrayList<>(conditions.size());
    for (Condition condition : conditions) {
      all.add(Objects.requireNonNull(condition, () -> "Condition." + method + " got a null condition: leave it out"));
    }
    return all;
  }
}
