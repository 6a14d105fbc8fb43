package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.ValuePath;
import java.util.ArrayList;
import java.util.List;

/**
 * A projection with the key attributes added: a projected item always has its key (the table's,
 * and the index's for an index read), so that the object read has its key properties set rather
 * than null or 0, and a batch get can match items with the keys asked for.
 */
public final class KeyProjection {
  private KeyProjection() {}

  /**
   * The projection with the key attributes and the schema's type attributes (a single table's
   * type, without which an item could not be read as its entity type) added, each once.
   */
  public static List<AttributePath> withKeys(List<AttributePath> projection, List<String> keyNames,
      ItemSchema<?> schema) {
    List<String> typeAttributes = schema.typeAttributes();
    if (typeAttributes.isEmpty()) {
      return withKeys(projection, keyNames);
    }
    List<String> names = new ArrayList<>(keyNames);
    names.addAll(typeAttributes);
    return withKeys(projection, names);
  }

  public static List<AttributePath> withKeys(List<AttributePath> projection, List<String> keyNames) {
    List<AttributePath> paths = new ArrayList<>(projection.size() + keyNames.size());
    paths.addAll(projection);
    for (String name : keyNames) {
      AttributePath key = new ValuePath<>(null, name, Encoders.ATTRIBUTE_VALUE);
      if (!paths.contains(key)) {
        paths.add(key);
      }
    }
    return paths;
  }
}
