package io.dynagen.runtime.testmodel;

import io.dynagen.runtime.Codecs;
import io.dynagen.runtime.DocumentSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Hand-written in the shape the processor generates, until generated schemas exist. */
public final class TestAddressSchema implements DocumentSchema<TestAddress> {
  public static final TestAddressSchema INSTANCE = new TestAddressSchema();

  private TestAddressSchema() {}

  @Override
  public Class<TestAddress> type() {
    return TestAddress.class;
  }

  @Override
  public Map<String, AttributeValue> toMap(TestAddress address) {
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    putS(map, "road", address.road());
    putS(map, "city", address.city());
    putS(map, "state", address.state());
    if (address.zipcode() != null) {
      map.put("zipcode", AttributeValue.fromN(Integer.toString(address.zipcode())));
    }
    return map;
  }

  @Override
  public TestAddress fromMap(Map<String, AttributeValue> map) {
    return new TestAddress(
        readS(map, "road"),
        readS(map, "city"),
        readS(map, "state"),
        Codecs.isAbsent(map.get("zipcode")) ? null : Codecs.readInt(map.get("zipcode"), "zipcode"));
  }

  static void putS(Map<String, AttributeValue> map, String name, String value) {
    if (value != null) {
      map.put(name, AttributeValue.fromS(value));
    }
  }

  static String readS(Map<String, AttributeValue> map, String name) {
    AttributeValue value = map.get(name);
    return Codecs.isAbsent(value) ? null : Codecs.readString(value, name);
  }
}
