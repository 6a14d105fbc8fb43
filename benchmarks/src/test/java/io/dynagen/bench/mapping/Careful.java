package io.dynagen.bench.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The small helpers of the careful hand-written mappers: {@code createS}, indexed loops, sized lists. */
final class Careful {
  private Careful() {}

  /** The S value of an attribute, or null if the item has no such attribute. */
  static String string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  /** The S values of an L attribute. */
  static List<String> strings(AttributeValue value) {
    List<AttributeValue> elements = value.l();
    int size = elements.size();
    List<String> strings = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      strings.add(elements.get(i).s());
    }
    return strings;
  }

  /** An L attribute of S values. */
  static AttributeValue stringList(List<String> strings) {
    List<AttributeValue> elements = new ArrayList<>(strings.size());
    for (String string : strings) {
      elements.add(AttributeValue.createS(string));
    }
    return AttributeValue.createL(elements);
  }
}
