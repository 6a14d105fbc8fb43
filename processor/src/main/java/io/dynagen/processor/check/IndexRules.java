package io.dynagen.processor.check;

import io.dynagen.processor.model.IndexJavaName;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.Placed;
import io.dynagen.processor.model.Property;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules about secondary indexes: valid names, one partition and one sort key per index, a
 * global index named in both its keys' annotations, a local index declared on purpose with
 * {@code @LocalIndexSortKey} (and a table with a sort key), and an index name used once next to a
 * close one reported as the typo it likely is.
 */
final class IndexRules {
  private final Reporter reporter;
  private final KeyTypeRule keyType;

  IndexRules(Reporter reporter, KeyTypeRule keyType) {
    this.reporter = reporter;
    this.keyType = keyType;
  }

  void check(MappedClass model) {
    Declared partitionKeys = new Declared();
    Declared sortKeys = new Declared();
    Declared localSortKeys = new Declared();
    for (Property property : model.properties()) {
      collectKeys(property, property.indexPartitionKeyOf(), KeyRole.INDEX_PARTITION_KEY, "partition", partitionKeys);
      collectKeys(property, property.indexSortKeyOf(), KeyRole.INDEX_SORT_KEY, "sort", sortKeys);
      collectKeys(property, property.localIndexSortKeyOf(), KeyRole.LOCAL_INDEX_SORT_KEY, "sort", localSortKeys);
    }
    reportDuplicateSortKeys(sortKeys, localSortKeys);
    Declared all = new Declared();
    all.addAll(partitionKeys);
    all.addAll(sortKeys);
    all.addAll(localSortKeys);
    checkJavaNames(all);
    Set<String> complete = new LinkedHashSet<>(localSortKeys.keySet());
    for (String name : sortKeys.keySet()) {
      if (partitionKeys.containsKey(name)) {
        complete.add(name);
      }
    }
    for (Map.Entry<String, Placed> sortKey : sortKeys.entrySet()) {
      String name = sortKey.getKey();
      if (!partitionKeys.containsKey(name) && !localSortKeys.containsKey(name)) {
        String close = closest(name, all.keySet());
        if (close != null) {
          reporter.report(Message.INDEX_NAME_TYPO, sortKey.getValue(), name, "IndexSortKey", close);
        } else {
          reporter.report(Message.INDEX_SORT_KEY_WITHOUT_PARTITION, sortKey.getValue(), name, name, name);
        }
      }
    }
    for (Map.Entry<String, Placed> partitionKey : partitionKeys.entrySet()) {
      String name = partitionKey.getKey();
      if (localSortKeys.containsKey(name)) {
        reporter.report(Message.LOCAL_INDEX_WITH_PARTITION_KEY, localSortKeys.get(name), name,
            partitionKeys.property(name).name(), name);
      } else if (!sortKeys.containsKey(name)) {
        // An index with a partition key only is valid; one named close to a complete index is a typo.
        String close = closest(name, complete);
        if (close != null) {
          reporter.report(Message.INDEX_NAME_TYPO, partitionKey.getValue(), name, "IndexPartitionKey", close);
        }
      }
    }
    if (model.sortKey().isEmpty()) {
      for (Map.Entry<String, Placed> local : localSortKeys.entrySet()) {
        reporter.report(Message.LOCAL_INDEX_WITHOUT_TABLE_SORT_KEY, local.getValue(),
            local.getKey(), local.getKey(), local.getKey());
      }
    }
  }

  /** An index name given both an {@code @IndexSortKey} and a {@code @LocalIndexSortKey}. */
  private void reportDuplicateSortKeys(Declared sortKeys, Declared localSortKeys) {
    for (Map.Entry<String, Placed> local : localSortKeys.entrySet()) {
      Property global = sortKeys.property(local.getKey());
      if (global != null) {
        reporter.report(Message.DUPLICATE_INDEX_KEY, local.getValue(), local.getKey(), "sort",
            global.name(), localSortKeys.property(local.getKey()).name());
      }
    }
  }

  /** Two indexes whose names differ only in punctuation or case would get one generated accessor. */
  private void checkJavaNames(Declared all) {
    Map<String, String> byJavaName = new LinkedHashMap<>();
    for (Map.Entry<String, Placed> index : all.entrySet()) {
      String javaName = IndexJavaName.of(index.getKey());
      String earlier = byJavaName.putIfAbsent(javaName.toLowerCase(Locale.ROOT), index.getKey());
      if (earlier != null) {
        reporter.report(Message.INDEX_NAME_CLASH, index.getValue(), earlier, index.getKey(), javaName);
      }
    }
  }

  /** Checks one property's index keys of one role, and records them by index name. */
  private void collectKeys(Property property, List<String> indexes, KeyRole role, String roleWord, Declared byIndex) {
    if (indexes.isEmpty()) {
      return;
    }
    keyType.check(property, role);
    Placed annotation = property.annotation(role.annotation()).orElseThrow();
    for (String index : indexes) {
      String problem = Names.tableOrIndexNameProblem(index);
      if (problem != null) {
        reporter.report(Message.INVALID_INDEX_NAME, annotation, index, problem);
      }
      Property earlier = byIndex.property(index);
      if (earlier == null) {
        byIndex.put(index, annotation, property);
      } else if (earlier != property) {
        reporter.report(Message.DUPLICATE_INDEX_KEY, annotation, index, roleWord, earlier.name(), property.name());
      }
    }
  }

  /** The other name within {@link IndexNameDistance#isClose} of {@code name}, or null. */
  private static String closest(String name, Set<String> names) {
    for (String other : names) {
      if (!other.equals(name) && IndexNameDistance.isClose(name, other)) {
        return other;
      }
    }
    return null;
  }

  /** Index names in declaration order, each with the annotation and property that first named it. */
  private static final class Declared {
    private final Map<String, Placed> annotations = new LinkedHashMap<>();
    private final Map<String, Property> properties = new LinkedHashMap<>();

    void put(String index, Placed annotation, Property property) {
      annotations.put(index, annotation);
      properties.put(index, property);
    }

    boolean containsKey(String index) {
      return annotations.containsKey(index);
    }

    Placed get(String index) {
      return annotations.get(index);
    }

    Property property(String index) {
      return properties.get(index);
    }

    Set<String> keySet() {
      return annotations.keySet();
    }

    Set<Map.Entry<String, Placed>> entrySet() {
      return annotations.entrySet();
    }

    void addAll(Declared other) {
      for (Map.Entry<String, Placed> entry : other.entrySet()) {
        if (!containsKey(entry.getKey())) {
          put(entry.getKey(), entry.getValue(), other.property(entry.getKey()));
        }
      }
    }
  }
}
