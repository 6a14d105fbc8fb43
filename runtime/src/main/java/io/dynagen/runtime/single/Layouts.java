package io.dynagen.runtime.single;

import io.dynagen.runtime.KeyAttribute;
import io.dynagen.runtime.SecondaryIndex;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A layout's keys and indexes as the runtime's table machinery describes them: all strings. */
final class Layouts {
  private Layouts() {}

  static KeyAttribute partitionKey(SingleTableLayout layout) {
    return new KeyAttribute(layout.partitionKey(), ScalarAttributeType.S);
  }

  static KeyAttribute sortKey(SingleTableLayout layout) {
    return new KeyAttribute(layout.sortKey(), ScalarAttributeType.S);
  }

  static List<SecondaryIndex> indexes(SingleTableLayout layout) {
    List<SecondaryIndex> indexes = new ArrayList<>(layout.indexes().size());
    for (SingleTableLayout.Index index : layout.indexes()) {
      KeyAttribute sortKey = index.sortKey() == null ? null : new KeyAttribute(index.sortKey(), ScalarAttributeType.S);
      indexes.add(new SecondaryIndex(index.name(), false, new KeyAttribute(index.partitionKey(), ScalarAttributeType.S),
          sortKey));
    }
    return List.copyOf(indexes);
  }
}
