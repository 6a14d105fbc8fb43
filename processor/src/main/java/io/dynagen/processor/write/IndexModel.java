package io.dynagen.processor.write;

import io.dynagen.processor.model.IndexProjection;
import io.dynagen.processor.model.MappedClass;
import io.dynagen.processor.model.Property;
import io.dynagen.processor.model.SecondaryIndex;
import java.util.ArrayList;
import java.util.List;

/** A secondary index of a checked table, as the table and schema writers use it: see {@link SecondaryIndex}. */
record IndexModel(String name, boolean local, Property partitionKey, Property sortKey, IndexProjection projection) {

  static List<IndexModel> of(MappedClass model) {
    List<IndexModel> indexes = new ArrayList<>();
    for (SecondaryIndex index : SecondaryIndex.of(model)) {
      indexes.add(new IndexModel(index.name(), index.local(), index.partitionKey(), index.sortKey(), index.projection()));
    }
    return indexes;
  }
}
