package io.dynagen.bench.mapping;

import java.util.ArrayList;
import java.util.List;

/** A choice with a short id (for command lines and JMH parameters) and a label (for BENCHMARKS.md). */
public interface Named {

  String id();

  String label();

  /** The one of {@code choices} with this id. */
  static <T extends Named> T byId(T[] choices, String id) {
    List<String> ids = new ArrayList<>();
    for (T choice : choices) {
      if (choice.id().equals(id)) {
        return choice;
      }
      ids.add(choice.id());
    }
    throw new IllegalArgumentException("Unknown '" + id + "': use one of " + ids);
  }
}
