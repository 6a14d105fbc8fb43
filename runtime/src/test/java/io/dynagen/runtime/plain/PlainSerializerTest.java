package io.dynagen.runtime.plain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PlainSerializerTest {

  private static AttributeValue write(Object value) {
    return PlainSerializer.toAttributeValue(value);
  }

  private static String failureOf(Object value) {
    return assertThrows(IllegalArgumentException.class, () -> write(value)).getMessage();
  }

  @Test
  void scalars() {
    assertEquals(AttributeValue.fromS("hello"), write("hello"));
    assertEquals(AttributeValue.fromBool(true), write(true));
    assertEquals(AttributeValue.fromNul(true), write(null));
  }

  @Test
  void numbersKeepTheirOwnText() {
    assertEquals(AttributeValue.fromN("42"), write(42));
    assertEquals(AttributeValue.fromN("-9223372036854775808"), write(Long.MIN_VALUE));
    assertEquals(AttributeValue.fromN("-7"), write((short) -7));
    assertEquals(AttributeValue.fromN("127"), write((byte) 127));
    assertEquals(AttributeValue.fromN("1.5"), write(1.5d));
    assertEquals(AttributeValue.fromN("0.1"), write(0.1f));
    assertEquals(AttributeValue.fromN("123456789012345678901234567890"),
        write(new BigInteger("123456789012345678901234567890")));
    assertEquals(AttributeValue.fromN("123.4500"), write(new BigDecimal("123.4500")));
    assertEquals(AttributeValue.fromN("1E+3"), write(new BigDecimal("1E+3")));
  }

  @Test
  void binaries() {
    byte[] bytes = {1, 2, 3};
    AttributeValue expected = AttributeValue.fromB(SdkBytes.fromByteArray(bytes));

    assertEquals(expected, write(bytes));
    assertEquals(expected, write(SdkBytes.fromByteArray(bytes)));
    ByteBuffer buffer = ByteBuffer.wrap(new byte[] {0, 1, 2, 3});
    buffer.position(1);
    assertEquals(expected, write(buffer));
    assertEquals(1, buffer.position(), "writing must not consume the buffer");
  }

  @Test
  void writingBytesCopiesThem() {
    byte[] bytes = {1, 2, 3};
    AttributeValue written = write(bytes);
    bytes[0] = 9;

    assertArrayEquals(new byte[] {1, 2, 3}, written.b().asByteArray());
  }

  @Test
  void listsAndOtherNonSetCollections() {
    AttributeValue expected = AttributeValue.fromL(List.of(
        AttributeValue.fromS("a"), AttributeValue.fromN("1"), AttributeValue.fromNul(true)));

    assertEquals(expected, write(Arrays.asList("a", 1, null)));
    ArrayDeque<Object> deque = new ArrayDeque<>(List.of("a", 1));
    assertEquals(AttributeValue.fromL(expected.l().subList(0, 2)), write(deque));
    assertEquals(AttributeValue.fromL(List.of()), write(List.of()));
  }

  @Test
  void setsByElementKindInIterationOrder() {
    assertEquals(AttributeValue.fromSs(List.of("b", "a")), write(new LinkedHashSet<>(List.of("b", "a"))));
    assertEquals(AttributeValue.fromNs(List.of("1", "2.50", "3")),
        write(new LinkedHashSet<>(List.of(1, new BigDecimal("2.50"), 3L))));
    assertEquals(AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {1}), SdkBytes.fromByteArray(new byte[] {2}))),
        write(new LinkedHashSet<>(List.of(new byte[] {1}, SdkBytes.fromByteArray(new byte[] {2})))));
  }

  @Test
  void mapsInIterationOrder() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("z", "last letter");
    map.put("a", Map.of("nested", 1));
    map.put("n", null);

    AttributeValue written = write(map);

    assertEquals(List.of("z", "a", "n"), List.copyOf(written.m().keySet()));
    assertEquals(AttributeValue.fromM(Map.of("nested", AttributeValue.fromN("1"))), written.m().get("a"));
    assertEquals(AttributeValue.fromNul(true), written.m().get("n"));
  }

  @Test
  void wholeItems() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("username", "johndoe");
    item.put("age", 25);
    item.put("nickname", null);

    Map<String, AttributeValue> written = PlainSerializer.toItem(item);

    assertEquals(List.of("username", "age", "nickname"), List.copyOf(written.keySet()));
    assertEquals(AttributeValue.fromN("25"), written.get("age"));
    assertEquals(AttributeValue.fromNul(true), written.get("nickname"));
  }

  @Test
  void unsupportedTypesNameThePathAndTheType() {
    Map<String, Object> item = Map.of("address", Map.of("tags", Arrays.asList("a", "b", UUID.randomUUID())));

    String message = assertThrows(IllegalArgumentException.class, () -> PlainSerializer.toItem(item)).getMessage();

    assertTrue(message.contains("'address.tags[2]'"), message);
    assertTrue(message.contains("java.util.UUID"), message);
  }

  @Test
  void unsupportedTopLevelValue() {
    String message = failureOf(new Object());

    assertTrue(message.startsWith("Cannot store the value: java.lang.Object is not supported"), message);
  }

  @Test
  void nonFiniteNumbersAreRejectedWithTheirPath() {
    String message = failureOf(Map.of("scores", List.of(1.0, Double.NaN)));
    assertTrue(message.contains("'scores[1]'") && message.contains("NaN") && message.contains("finite"), message);

    assertTrue(failureOf(Float.POSITIVE_INFINITY).contains("Infinity"));
    assertTrue(failureOf(Set.of(Double.NEGATIVE_INFINITY)).contains("-Infinity"));
  }

  @Test
  void otherNumberTypesAreRejectedRatherThanGuessed() {
    String message = failureOf(Map.of("count", new AtomicLong(3)));

    assertTrue(message.contains("'count'") && message.contains("java.util.concurrent.atomic.AtomicLong"), message);
  }

  @Test
  void emptySetsAreRejectedLikeDynamoDbAndBoto3Do() {
    String message = failureOf(Map.of("tags", Set.of()));

    assertTrue(message.contains("'tags'") && message.contains("empty set"), message);
  }

  @Test
  void mixedSetsAreRejected() {
    String message = failureOf(Map.of("tags", new LinkedHashSet<>(List.of("a", 1))));

    assertTrue(message.contains("'tags'") && message.contains("strings") && message.contains("a number"), message);
  }

  @Test
  void setsOfOtherTypesOrNullAreRejected() {
    assertTrue(failureOf(Map.of("s", Set.of(List.of("x")))).contains("'s[0]'"));
    assertTrue(failureOf(Map.of("s", new LinkedHashSet<>(Arrays.asList("a", null)))).contains("cannot store null"));
  }

  @Test
  void mapKeysMustBeStrings() {
    String message = failureOf(Map.of("m", Map.of(1, "one")));

    assertTrue(message.contains("'m'") && message.contains("java.lang.Integer"), message);
  }

  @Test
  void pathsOfDeepValues() {
    Object value = Map.of("a", List.of(Map.of("b", List.of(List.of(new Object())))));

    assertTrue(failureOf(value).contains("'a[0].b[0][0]'"), failureOf(value));
  }
}
