package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynagen.runtime.testmodel.TestAddress;
import io.dynagen.runtime.testmodel.TestAddressSchema;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the collection codecs do for speed keeps their meaning: {@code ScalarCodecs.StringCodec.LIST}
 * reads its strings without going through the element codec, yet NULL elements and elements of
 * another type read, and fail, as every other list's do; maps and sets are sized exactly.
 */
class CollectionCodecsTest {

  private static AttributeValue list(AttributeValue... elements) {
    return AttributeValue.fromL(Arrays.asList(elements));
  }

  @Test
  void stringsAndNullElementsReadInOrder() {
    AttributeValue stored = list(AttributeValue.fromS("a"), Codecs.NUL, AttributeValue.fromS(""), AttributeValue.fromS("b"));

    assertEquals(Arrays.asList("a", null, "", "b"), ScalarCodecs.StringCodec.LIST.read(stored, "tags"));
    assertEquals(List.of(), ScalarCodecs.StringCodec.LIST.read(list(), "tags"));
  }

  @Test
  void aListOfDocumentsIsWrittenByTheDocumentsWriteListNullsAsNull() {
    ListCodec<TestAddress> codec = new ListCodec<>(TestAddressSchema.INSTANCE, "List<TestAddress>");
    TestAddress home = new TestAddress("1 Main St", "Springfield", null, 12345);

    AttributeValue written = codec.write(Arrays.asList(home, null), "addresses");

    assertEquals(list(AttributeValue.fromM(Map.of("road", AttributeValue.fromS("1 Main St"),
        "city", AttributeValue.fromS("Springfield"), "zipcode", AttributeValue.fromN("12345"))), Codecs.NUL), written);
    assertEquals(Arrays.asList(home, null), codec.read(written, "addresses"));
  }

  @Test
  void anElementOfAnotherTypeIsNamedByItsIndex() {
    AttributeValue stored = list(AttributeValue.fromS("a"), AttributeValue.fromN("1"));

    MappingException e = assertThrows(MappingException.class, () -> ScalarCodecs.StringCodec.LIST.read(stored, "tags"));

    assertEquals("tags[1]", e.path());
    assertEquals("S (String)", e.expectedType());
  }

  @Test
  void aValueHoldingAStringAndAnotherMemberIsNotAString() {
    // The SDK's builder keeps both members and types the value as neither.
    AttributeValue both = AttributeValue.builder().s("a").n("1").build();

    MappingException e = assertThrows(MappingException.class,
        () -> ScalarCodecs.StringCodec.LIST.read(list(AttributeValue.fromS("x"), both), "tags"));

    assertEquals("tags[1]", e.path());
  }

  @Test
  void aValueTypedAsStringButHoldingNoStringIsNotAString() {
    // The SDK's builder keeps the type S when a string is set and then cleared: no member, typed S.
    AttributeValue cleared = AttributeValue.builder().s("a").s(null).build();

    MappingException e = assertThrows(MappingException.class,
        () -> ScalarCodecs.StringCodec.LIST.read(list(AttributeValue.fromS("x"), cleared), "tags"));

    assertEquals("tags[1]", e.path());
    assertEquals("S (String)", e.expectedType());
    assertEquals("S with no string in it", e.foundType());
    assertEquals("Cannot read attribute 'tags[1]': expected S (String), found S with no string in it", e.getMessage());
  }

  @Test
  void aValueHoldingNothingIsNotAString() {
    AttributeValue empty = AttributeValue.builder().build();

    MappingException e = assertThrows(MappingException.class,
        () -> ScalarCodecs.StringCodec.LIST.read(list(AttributeValue.fromS("x"), AttributeValue.fromS("y"), empty), "tags"));

    assertEquals("tags[2]", e.path());
    assertEquals("S (String)", e.expectedType());
  }

  @Test
  void capacityIsTheSmallestThatHoldsTheEntriesWithoutGrowing() {
    for (int size = 0; size < 10_000; size++) {
      int capacity = Codecs.capacity(size);
      assertEquals((int) Math.ceil(size / 0.75), capacity, "size " + size);
    }
  }
}
