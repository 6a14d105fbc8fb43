package io.dynagen.runtime.table.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.ValueGens;
import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageCursorPropertiesTest {

  static Stream<Arguments> aCursorRoundTripsItsKey() {
    return RandomCases.batches(1000, keys());
  }

  @Property
  void aCursorRoundTripsItsKey(List<Map<String, AttributeValue>> keys) {
    for (Map<String, AttributeValue> key : keys) {
      String cursor = PageCursor.encode(key);
      assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
      assertEquals(key, PageCursor.decode(cursor, key.keySet(), "a test"));
    }
  }

  static Stream<Arguments> garbageIsAnIllegalArgument() {
    return RandomCases.batches(1000, Gens.strings());
  }

  @Property
  void garbageIsAnIllegalArgument(List<String> texts) {
    for (String garbage : texts) {
      try {
        PageCursor.decode(garbage, List.of(), "a test");
      } catch (IllegalArgumentException expected) {
        assertTrue(expected.getMessage().contains("cursor"), expected.getMessage());
      }
    }
  }

  private static Gen<Map<String, AttributeValue>> keys() {
    Gen<AttributeValue> s = Gens.strings(1, 50).map(AttributeValue::fromS);
    Gen<AttributeValue> n = ValueGens.bigDecimals().map(d -> AttributeValue.fromN(d.toPlainString()));
    Gen<AttributeValue> b = Gens.byteArrays(30).filter(bytes -> bytes.length > 0).map(bytes -> AttributeValue.fromB(SdkBytes.fromByteArray(bytes)));
    Gen<AttributeValue> value = Gen.oneOf(s, n, b);
    Gen<Set<String>> names = Gens.strings(1, 20).set(1, 4);
    return source -> {
      Map<String, AttributeValue> key = new LinkedHashMap<>();
      for (String name : names.next(source)) {
        key.put(name, value.next(source));
      }
      return key;
    };
  }
}
