package io.dynagen.runtime.table.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lists kept by key, in the order keys first come: how a batch sorts what it carries by table. */
final class Groups {
  private Groups() {}

  /** Adds {@code value} to the list of {@code key}, making the list if it is the first. */
  static <K, V> void add(Map<K, List<V>> groups, K key, V value) {
    List<V> group = groups.get(key);
    if (group == null) {
      group = new ArrayList<>();
      groups.put(key, group);
    }
    group.add(value);
  }
}
