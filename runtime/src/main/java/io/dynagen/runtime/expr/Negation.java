package io.dynagen.runtime.expr;

/** {@code NOT (inner)}. */
record Negation(Condition inner) implements Condition {

  @Override
  public Condition negate() {
    return inner;
  }

  @Override
  public void appendTo(StringBuilder out, Placeholders placeholders) {
    out.append("NOT (");
    inner.appendTo(out, placeholders);
    out.append(')');
  }
}
