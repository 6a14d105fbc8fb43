package io.dynagen.processor.check;

import io.dynagen.processor.model.IndexJavaName;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.Property;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules about secondary indexes: valid names, one partition and one sort key per index, and
 * an index with only a sort key is a local index, which needs a table with a sort key.
 */
final class IndexRules {
  private final Reporter reporter;
  private final KeyTypeRule keyType;

  IndexRules(Reporter reporter, KeyTypeRule keyType) {
    this.reporter = reporter;
    this.keyType = keyType;
  }

  void check(MappedClass model) {
    Map<String, Property> partitionKeys = new LinkedHashMap<>();
    Map<String, Property> sortKeys = new LinkedHashMap<>();
    for (Property property : model.properties()) {
      collectKeys(property, property.indexPartitionKeyOf(), KeyRole.INDEX_PARTITION_KEY, "partition", partitionKeys);
      collectKeys(property, property.indexSortKeyOf(), KeyRole.INDEX_SORT_KEY, "sort", sortKeys);
    }
    checkJavaNames(partitionKeys, sortKeys);
    boolean tableHasSortKey = model.sortKey().isPresent();
    for (Map.Entry<String, Property> sortKey : sortKeys.entrySet()) {
      if (!partitionKeys.containsKey(sortKey.getKey()) && !tableHasSortKey) {
        reporter.report(Message.INDEX_SORT_KEY_WITHOUT_PARTITION,
            sortKey.getValue().annotation(KeyRole.INDEX_SORT_KEY.annotation()).orElseThrow(),
            sortKey.getKey(), "a local index needs a table with a @SortKey", sortKey.getKey());
      }
    }
  }

  /** Two indexes whose names differ only in punctuation or case would get one generated accessor. */
  private void checkJavaNames(Map<String, Property> partitionKeys, Map<String, Property> sortKeys) {
    Map<String, String> byJavaName = new LinkedHashMap<>();
    Map<String, Property> declaredBy = new LinkedHashMap<>(partitionKeys);
    sortKeys.forEach(declaredBy::putIfAbsent);
    for (Map.Entry<String, Property> index : declaredBy.entrySet()) {
      String javaName = IndexJavaName.of(index.getKey());
      String earlier = byJavaName.putIfAbsent(javaName.toLowerCase(Locale.ROOT), index.getKey());
      if (earlier != null) {
        Property property = index.getValue();
        KeyRole role = property.indexPartitionKeyOf().contains(index.getKey())
            ? KeyRole.INDEX_PARTITION_KEY : KeyRole.INDEX_SORT_KEY;
        reporter.report(Message.INDEX_NAME_CLASH, property.annotation(role.annotation()).orElseThrow(),
            earlier, index.getKey(), javaName);
      }
    }
  }

  /** Checks one property's index keys of one role, and records them by index name. */
  private void collectKeys(
      Property property, List<String> indexes, KeyRole role, String roleWord, Map<String, Property> byIndex) {
    if (indexes.isEmpty()) {
      return;
    }
    keyType.check(property, role);
    var annotation = property.annotation(role.annotation()).orElseThrow();
    for (String index : indexes) {
      String problem = Names.tableOrIndexNameProblem(index);
      if (problem != null) {
        reporter.report(Message.INVALID_INDEX_NAME, annotation, index, problem);
      }
      Property earlier = byIndex.putIfAbsent(index, property);
      if (earlier != null && earlier != property) {
        reporter.report(Message.DUPLICATE_INDEX_KEY, annotation, index, roleWord, earlier.name(), property.name());
      }
    }
  }
}
