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
    Set<AttributePath> paths = new HashSet<>();
    for (UpdateAction action : actions) {
      Objects.requireNonNull(action, "An update action is null: leave it out, or use path.remove() to delete an attribute");
      if (!paths.add(action.path())) {
        throw overlap(action.path(), action.path());
      }
    }
    // DynamoDB rejects actions on overlapping paths (history and history[0]) with a message
    // that may name the wrong paths; name the right ones, before any request.
    for (AttributePath path : paths) {
      for (AttributePath outer = path.parent(); outer != null; outer = outer.parent()) {
        if (paths.contains(outer)) {
          throw overlap(outer, path);
        }
      }
    }
    this.actions = List.copyOf(actions);
  }

  private static IllegalArgumentException overlap(AttributePath first, AttributePath second) {
    return new IllegalArgumentException(
        (first.equals(second)
                ? "Two update actions change '" + first + "'"
                : "Update actions change both '" + first + "' and '" + second + "', inside it")
            + ": DynamoDB allows one action per attribute and rejects overlapping paths in one"
            + " request; combine them into one action or send two updates");
  }

  /**
   * {@return an update made of these actions}
   *
   * @param first the first action
   * @param more the other actions
   */
  public static Update of(UpdateAction first, UpdateAction... more) {
    List<UpdateAction> all = new ArrayList<>(more.length + 1);
    all.add(Objects.requireNonNull(first, "The first update action is null: pass actions such as path.set(value)"));
    for (UpdateAction action : more) {
      all.add(action);
    }
    return new Update(all);
  }

  /**
   * {@return an update made of these actions; there must be at least one}
   *
   * @param actions the actions, at least one
   */
  public static Update of(List<UpdateAction> actions) {
    return new Update(new ArrayList<>(Objects.requireNonNull(actions,
        "The list of update actions is null: pass at least one action, such as path.set(value)")));
  }

  /**
   * {@return this update plus one more action}
   *
   * @param action the action to add
   */
  public Update and(UpdateAction action) {
    List<UpdateAction> all = new ArrayList<>(actions);
    all.add(Objects.requireNonNull(action, "The update action to and() is null: pass an action, or leave out the and()"));
    return new Update(all);
  }

  /** {@return the actions, in the order given} */
  public List<UpdateAction> actions() {
    return actions;
  }

  /**
   * {@return the update expression, registering names and values in {@code placeholders}}
   *
   * @param placeholders the names and values of the expression being built
   */
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
