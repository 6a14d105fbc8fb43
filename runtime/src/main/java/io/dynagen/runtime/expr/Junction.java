package io.dynagen.runtime.expr;

import java.util.ArrayList;
import java.util.List;

/** Conditions joined by AND or OR, each in parentheses. */
record Junction(String operator, List<Condition> parts) implements Condition {
  static final String AND = "AND";
  static final String OR = "OR";

  Junction {
    parts = List.copyOf(parts);
  }

  /**
   * Joins conditions, flattening nested junctions of the same operator, so that {@code
   * a.and(b).and(c)} renders as {@code (a) AND (b) AND (c)} rather than nesting ever deeper.
   */
  static Condition of(String operator, List<Condition> conditions) {
    List<Condition> flat = new ArrayList<>();
    for (Condition condition : conditions) {
      if (condition instanceof Junction && ((Junction) condition).operator.equals(operator)) {
        flat.addAll(((Junction) condition).parts);
      } else {
        flat.add(condition);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new Junction(operator, flat);
  }

  @Override
  public void appendTo(StringBuilder out, Placeholders placeholders) {
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.append(' ').append(operator).append(' ');
      }
      out.append('(');
      parts.get(i).appendTo(out, placeholders);
      out.append(')');
    }
  }
}
