package io.dynagen.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A secondary index gathered from the {@code @IndexPartitionKey} / {@code @IndexSortKey} /
 * {@code @LocalIndexSortKey} annotations of a checked table: global if it has a partition key of
 * its own, local (sharing the table's partition key) if declared with {@code @LocalIndexSortKey}.
 * Read by the writers of the table and of its DAOs.
 *
 * @param projection the projection as declared, or null when the index declares none (ALL)
 */
public record SecondaryIndex(String name, boolean local, Property partitionKey, Property sortKey, IndexProjection projection) {

  /** The indexes of a table, in the order their names first appear among its properties. */
  public static List<SecondaryIndex> of(MappedClass model) {
    Set<String> names = new LinkedHashSet<>();
    Map<String, Property> partitionKeys = new LinkedHashMap<>();
    Map<String, Property> sortKeys = new LinkedHashMap<>();
    for (Property property : model.properties()) {
      for (String index : property.indexPartitionKeyOf()) {
        names.add(index);
        partitionKeys.putIfAbsent(index, property);
      }
      for (String index : property.indexSortKeyOf()) {
        names.add(index);
        sortKeys.putIfAbsent(index, property);
      }
      for (String index : property.localIndexSortKeyOf()) {
        names.add(index);
        sortKeys.putIfAbsent(index, property);
      }
    }
    List<SecondaryIndex> indexes = new ArrayList<>();
    for (String name : names) {
      Property partitionKey = partitionKeys.get(name);
      boolean local = partitionKey == null;
      // The projection is written where the index is declared: its own partition key, or its
      // @LocalIndexSortKey; an index without one projects ALL.
      Property declaring = local ? sortKeys.get(name) : partitionKey;
      IndexProjection projection = declaring == null ? null : declaring
          .indexProjection(local ? AnnotationNames.LOCAL_INDEX_SORT_KEY : AnnotationNames.INDEX_PARTITION_KEY)
          .orElse(null);
      indexes.add(new SecondaryIndex(name, local,
          local ? model.partitionKey().orElseThrow() : partitionKey, sortKeys.get(name), projection));
    }
    return indexes;
  }

  /** The accessor of this index on the generated table: {@code by-status} gives {@code byStatusIndex}. */
  public String accessorName() {
    String camel = IndexJavaName.of(name);
    return Character.toLowerCase(camel.charAt(0)) + camel.substring(1) + "Index";
  }
}
