package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.Codecs;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.plain.PlainDeserializer;
import io.dynagen.runtime.table.internal.ItemDecoder;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A value with two types set, which the SDK builds from wire JSON such as {@code
 * {"S":"x","N":"1"}} and whose {@code type()} is null, reads as a MappingException naming its
 * path, never a NullPointerException; so does a number set holding null.
 */
class MultiTypedValuesTest {
  private static final AttributeValue S_AND_N = AttributeValue.builder().s("x").n("1").build();

  @Test
  void theSdkLeavesTheTypeOfSuchAValueNull() {
    assertEquals(null, S_AND_N.type());
  }

  @Test
  void everyCodecRefusesItNamingTheAttribute() {
    List<Runnable> reads = List.of(
        () -> Codecs.readString(S_AND_N, "a"),
        () -> Codecs.readInt(S_AND_N, "a"),
        () -> Codecs.readBigDecimal(S_AND_N, "a"),
        () -> Codecs.readInstant(S_AND_N, "a"),
        () -> Codecs.readEnumName(S_AND_N, "a", "Kind"),
        () -> Codecs.readBoolean(AttributeValue.builder().bool(true).s("x").build(), "a"),
        () -> Codecs.readList(AttributeValue.builder().l(S_AND_N).s("x").build(), "a", "List<String>"),
        () -> Codecs.readMap(AttributeValue.builder().m(Map.of()).n("1").build(), "a", "Address"));
    for (Runnable read : reads) {
      MappingException e = assertThrows(MappingException.class, read::run);
      assertEquals("a", e.path());
      assertTrue(e.foundType().startsWith("a value with several types set ("), e.getMessage());
    }
  }

  @Test
  void aNullAlongsideAnotherTypeIsNotReadAsAbsent() {
    AttributeValue nullAndS = AttributeValue.builder().nul(true).s("x").build();

    assertEquals(false, Codecs.isAbsent(nullAndS));
    MappingException e = assertThrows(MappingException.class, () -> Codecs.readString(nullAndS, "a"));
    assertTrue(e.getMessage().contains("several types set (S, NULL)"), e.getMessage());
  }

  @Test
  void aKeyAttributeWithTwoTypesKeepsTheOriginalError() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("username", S_AND_N);
    item.put("last_name", AttributeValue.fromS("Doe"));
    ItemDecoder<?> decoder = new ItemDecoder<>(TestUserSchema.INSTANCE, "users");

    MappingException e = assertThrows(MappingException.class, () -> decoder.decode(item));

    assertEquals("username", e.path());
    assertEquals("users", e.table());
    assertTrue(e.key().contains("username=a value with several types set (S, N)"), e.key());
  }

  @Test
  void aNestedValueOfTheItemInAnotherAttributeNamesItsPath() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("username", AttributeValue.fromS("jane"));
    item.put("last_name", AttributeValue.fromS("Doe"));
    item.put("address", AttributeValue.fromM(Map.of("zipcode", S_AND_N)));

    MappingException e = assertThrows(MappingException.class,
        () -> new ItemDecoder<>(TestUserSchema.INSTANCE, "users").decode(item));

    assertEquals("address.zipcode", e.path());
  }

  @Test
  void plainDeserializerNamesThePath() {
    Map<String, AttributeValue> item = Map.of("doc", AttributeValue.fromM(Map.of("list",
        AttributeValue.fromL(List.of(AttributeValue.fromS("ok"), S_AND_N)))));

    MappingException e = assertThrows(MappingException.class, () -> PlainDeserializer.fromItem(item));

    assertEquals("doc.list[1]", e.path());
  }

  @Test
  void setsHoldingNullAreRefusedWithTheirIndex() {
    AttributeValue ns = AttributeValue.builder().ns(Arrays.asList("1", null)).build();
    AttributeValue ss = AttributeValue.builder().ss(Arrays.asList(null, "a")).build();

    assertEquals("tags[1]", assertThrows(MappingException.class,
        () -> PlainDeserializer.fromItem(Map.of("tags", ns))).path());
    assertEquals("tags[0]", assertThrows(MappingException.class,
        () -> PlainDeserializer.fromItem(Map.of("tags", ss))).path());
    assertEquals("tags", assertThrows(MappingException.class,
        () -> Codecs.readNumberSet(ns, "tags", "Set<Integer>")).path());
    assertEquals("tags", assertThrows(MappingException.class,
        () -> Codecs.readStringSet(ss, "tags", "Set<String>")).path());
  }
}
