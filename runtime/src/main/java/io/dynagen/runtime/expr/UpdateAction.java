package io.dynagen.runtime.expr;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One change to an item, built from a typed path: {@code User_.age.set(26)}, {@code
 * User_.visits.add(1)}, {@code User_.tags.addElements("new")}, {@code User_.nickname.remove()}.
 * Combine several into one request with {@link Update}. Immutable and thread-safe.
 */
public final class UpdateAction {

  /** The clause of an update expression an action belongs to, in rendering order. */
  enum Clause {
    SET,
    REMOVE,
    ADD,
    DELETE
  }

  /** The right-hand side of a SET action. */
  enum SetForm {
    /** {@code path = :v}. */
    VALUE,
    /** {@code path = if_not_exists(path, :v)}. */
    IF_NOT_EXISTS,
    /** {@code path = path + :v}. */
    PLUS,
    /** {@code path = path - :v}. */
    MINUS,
    /** {@code path = list_append(if_not_exists(path, :empty), :v)}. */
    APPEND,
    /** {@code path = list_append(:v, if_not_exists(path, :empty))}. */
    PREPEND,
    /** {@code path = if_not_exists(path, :start) + :v}. */
    COUNT
  }

  private static final AttributeValue EMPTY_LIST = AttributeValue.createL(List.of());

  private final Clause clause;
  private final AttributePath path;
  private final SetForm form;
  private final AttributeValue value;
  /** The value a COUNT action starts from when the attribute does not exist yet. */
  private final AttributeValue start;

  private UpdateAction(Clause clause, AttributePath path, SetForm form, AttributeValue value) {
    this(clause, path, form, value, null);
  }

  private UpdateAction(
      Clause clause, AttributePath path, SetForm form, AttributeValue value, AttributeValue start) {
    this.clause = clause;
    this.path = path;
    this.form = form;
    this.value = value;
    this.start = start;
  }

  /**
   * Adds {@code delta} to the number at {@code path}, taking {@code start} as its value if the
   * item has none yet: {@code path = if_not_exists(path, :start) + :delta}. DynamoDB computes it,
   * so concurrent updates all count. Dynagen uses it for versions and atomic counters.
   *
   * @param path the number attribute to count in
   * @param start the value taken when the attribute is absent
   * @param delta what to add (negative to subtract)
   * @return the action, for an update
   */
  public static UpdateAction count(AttributePath path, long start, long delta) {
    return new UpdateAction(Clause.SET, Objects.requireNonNull(path, "path"), SetForm.COUNT,
        AttributeValue.createN(Long.toString(delta)), AttributeValue.createN(Long.toString(start)));
  }

  static UpdateAction set(AttributePath path, SetForm form, AttributeValue value) {
    return new UpdateAction(Clause.SET, path, form, value);
  }

  static UpdateAction remove(AttributePath path) {
    return new UpdateAction(Clause.REMOVE, path, SetForm.VALUE, null);
  }

  static UpdateAction add(AttributePath path, AttributeValue value) {
    return new UpdateAction(Clause.ADD, path, SetForm.VALUE, value);
  }

  static UpdateAction delete(AttributePath path, AttributeValue value) {
    return new UpdateAction(Clause.DELETE, path, SetForm.VALUE, value);
  }

  Clause clause() {
    return clause;
  }

  /** {@return the attribute this action changes} */
  public AttributePath path() {
    return path;
  }

  /**
   * {@return the value this action stores as it is ({@code SET path = :v}, or {@code
   * if_not_exists}), to check it as an item's value before sending; {@code null} for other actions}
   */
  public AttributeValue storedValue() {
    return clause == Clause.SET && (form == SetForm.VALUE || form == SetForm.IF_NOT_EXISTS) ? value : null;
  }

  /** Appends the action, without its clause keyword: {@code #n0 = #n0 + :v0}. */
  void appendTo(StringBuilder out, Placeholders placeholders) {
    path.appendTo(out, placeholders);
    switch (clause) {
      case REMOVE:
        return;
      case ADD:
      case DELETE:
        out.append(' ').append(placeholders.value(value));
        return;
      case SET:
        out.append(" = ");
        appendSetValue(out, placeholders);
        return;
      default:
        throw new AssertionError(clause);
    }
  }

  private void appendSetValue(StringBuilder out, Placeholders placeholders) {
    switch (form) {
      case VALUE:
        out.append(placeholders.value(value));
        return;
      case IF_NOT_EXISTS:
        out.append("if_not_exists(");
        path.appendTo(out, placeholders);
        out.append(", ").append(placeholders.value(value)).append(')');
        return;
      case PLUS:
      case MINUS:
        path.appendTo(out, placeholders);
        out.append(form == SetForm.PLUS ? " + " : " - ").append(placeholders.value(value));
        return;
      case COUNT:
        out.append("if_not_exists(");
        path.appendTo(out, placeholders);
        out.append(", ").append(placeholders.value(start)).append(") + ").append(placeholders.value(value));
        return;
      case APPEND:
        out.append("list_append(");
        appendListOrEmpty(out, placeholders);
        out.append(", ").append(placeholders.value(value)).append(')');
        return;
      case PREPEND:
        out.append("list_append(").append(placeholders.value(value)).append(", ");
        appendListOrEmpty(out, placeholders);
        out.append(')');
        return;
      default:
        throw new AssertionError(form);
    }
  }

  /** The list, or an empty one if the item has none yet, so appending also creates the list. */
  private void appendListOrEmpty(StringBuilder out, Placeholders placeholders) {
    out.append("if_not_exists(");
    path.appendTo(out, placeholders);
    out.append(", ").append(placeholders.value(EMPTY_LIST)).append(')');
  }

  /** The action as it reads in an update expression with names inlined, for messages and tests. */
  @Override
  public String toString() {
    return clause + " " + path + (form == SetForm.VALUE ? "" : " (" + form + ")");
  }
}
