package io.dynagen.bench.mapping;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The small helpers a programmer writes once when mapping items by hand. */
final class HandMapping {
  /**
   * The fixed-width text an Instant is stored as, so that DynamoDB's order is time order (the
   * encoding Dynagen and these mappers share): what a programmer writes with a formatter.
   */
  private static final DateTimeFormatter FIXED_WIDTH_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private HandMapping() {}

  static String instantText(Instant instant) {
    return FIXED_WIDTH_INSTANT.format(instant);
  }

  /** The S value of an attribute, or null if the item has no such attribute. */
  static String string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  /** The S values of an L attribute. */
  static List<String> strings(AttributeValue value) {
    List<AttributeValue> elements = value.l();
    List<String> strings = new ArrayList<>(elements.size());
    for (AttributeValue element : elements) {
      strings.add(element.s());
    }
    return strings;
  }

  /** An L attribute of S values. */
  static AttributeValue stringList(List<String> strings) {
    List<AttributeValue> elements = new ArrayList<>(strings.size());
    for (String string : strings) {
      elements.add(AttributeValue.fromS(string));
    }
    return AttributeValue.fromL(elements);
  }
}
