package io.dynagen.runtime.expr;

/** The left side of a comparison: an attribute, or the size of one ({@code size(path)}). */
record Operand(AttributePath path, boolean size) {

  void appendTo(StringBuilder out, Placeholders placeholders) {
    if (size) {
      out.append("size(");
      path.appendTo(out, placeholders);
      out.append(')');
    } else {
      path.appendTo(out, placeholders);
    }
  }
}
