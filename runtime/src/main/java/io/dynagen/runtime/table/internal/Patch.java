package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.expr.ValuePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The update a patch sends: a SET of each attribute the object writes (its non-null properties;
 * a document as one map, so it is replaced whole), except the keys and the attributes Dynagen
 * writes itself on every update, which {@link GeneratedValues#beforeUpdate} adds.
 */
public final class Patch {
  private Patch() {}

  public static <T> Update of(T object, ItemSchema<T> schema, KeyShape keys, GeneratedValues generated, String tableName) {
    // Sorted, so that the same object always gives the same request.
    Map<String, AttributeValue> item = new TreeMap<>(schema.toItem(object));
    List<UpdateAction> actions = new ArrayList<>(item.size());
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      String name = attribute.getKey();
      if (!keys.isTableKey(name) && generated.writtenOnUpdateBy(name) == null) {
        actions.add(new ValuePath<>(null, name, Encoders.ATTRIBUTE_VALUE).set(attribute.getValue()));
      }
    }
    if (actions.isEmpty()) {
      throw new IllegalArgumentException(
          "The patch of an item of table '" + tableName + "' sets nothing: every property but the"
              + " key is null; set the properties to change, or use put to replace the item");
    }
    return Update.of(actions);
  }
}
