package io.dynagen.runtime.expr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The update actions of one UpdateItem request, rendered as one update expression: {@code SET
 * #n0 = :v0, #n1 = #n1 + :v1 REMOVE #n2 ADD #n3 :v2 DELETE #n4 :v3}. Immutable and thread-safe.
 */
public final class Update {
  private final List<UpdateAction> actions;

  private Update(List<UpdateAction> actions) {
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("An update needs at least one action, such as path.set(value)");
    }
    Set<AttributePath> seen = new HashSet<>();
    for (UpdateAction action : actions) {
      Objects.requireNonNull(action, "action");
      // DynamoDB rejects two actions on one path; say which path, before any request.
      if (!seen.add(action.path())) {
        throw new IllegalArgumentException(
            "Two update actions change '" + action.path() + "': DynamoDB allows one action per"
                + " attribute in a request; combine them into one");
      }
    }
    this.actions = List.copyOf(actions);
  }

  /** An update made of these actions. */
  public static Update of(UpdateAction first, UpdateAction... more) {
    List<UpdateAction> all = new ArrayList<>(more.length + 1);
    all.add(Objects.requireNonNull(first, "first"));
    for (UpdateAction action : more) {
      all.add(action);
    }
    return new Update(all);
  }

  /** An update made of these actions; there must be at least one. */
  public static Update of(List<UpdateAction> actions) {
    return new Update(new ArrayList<>(actions));
  }

  /** This update plus one more action. */
  public Update and(UpdateAction action) {
    List<UpdateAction> all = new ArrayList<>(actions);
    all.add(Objects.requireNonNull(action, "action"));
    return new Update(all);
  }

  /** The actions, in the order given. */
  public List<UpdateAction> actions() {
    return actions;
  }

  /** The update expression, registering names and values in {@code placeholders}. */
  public String render(Placeholders placeholders) {
    StringBuilder out = new StringBuilder();
    for (UpdateAction.Clause clause : UpdateAction.Clause.values()) {
      boolean first = true;
      for (UpdateAction action : actions) {
        if (action.clause() != clause) {
          continue;
        }
        if (first) {
          if (out.length() > 0) {
            out.append(' ');
          }
          out.append(clause.name()).append(' ');
          first = false;
        } else {
          out.append(", ");
        }
        action.appendTo(out, placeholders);
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Update" + actions;
  }
}
