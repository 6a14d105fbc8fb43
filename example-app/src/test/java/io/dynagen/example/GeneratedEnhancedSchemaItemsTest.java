package io.dynagen.example;

import static io.dynagen.example.EnhancedClientDifferentialTest.ENHANCED;
import static io.dynagen.example.EnhancedClientDifferentialTest.fullBean;
import static io.dynagen.example.EnhancedClientDifferentialTest.sparseBean;
import static io.dynagen.example.EnhancedClientDifferentialTest.timesAsEnhanced;
import static io.dynagen.example.EnhancedClientDifferentialTest.withoutNullsInDocuments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated {@link DiffBeanEnhancedSchema} answers the Enhanced Client's questions as {@code
 * TableSchema.fromBean} does, for random beans of every type both map: the same attribute names,
 * the same items with and without nulls (up to the encoding differences of docs/encoding.md, as
 * in {@link EnhancedClientDifferentialTest}), the same single attributes, the same metadata.
 */
class GeneratedEnhancedSchemaItemsTest {
  private static final TableSchema<DiffBean> GENERATED = DiffBeanEnhancedSchema.INSTANCE;
  private static final AttributeValue NULL = AttributeValue.fromNul(true);

  static Stream<Arguments> randomBeansGiveTheSameMaps() {
    return RandomCases.of(300, DiffBeanGens.beans());
  }

  @Test
  void fullAndSparseBeansGiveTheSameMaps() {
    randomBeansGiveTheSameMaps(fullBean("p"));
    randomBeansGiveTheSameMaps(sparseBean("p"));
  }

  @Property
  void randomBeansGiveTheSameMaps(DiffBean bean) {
    // The Enhanced Client writes times as toString(), Dynagen at a fixed width: compared as the former.
    assertEquals(expected(ENHANCED.itemToMap(bean, true)), timesAsEnhanced(GENERATED.itemToMap(bean, true)));
    Map<String, AttributeValue> withNulls = GENERATED.itemToMap(bean, false);
    Map<String, AttributeValue> enhancedWithNulls = ENHANCED.itemToMap(bean, false);
    assertEquals(enhancedWithNulls.keySet(), withNulls.keySet());
    for (String name : withNulls.keySet()) {
      // Dynagen leaves an empty set out where the Enhanced Client writes one: NULL, as absent.
      assertEquals(isNull(enhancedWithNulls.get(name)) || isEmptySet(enhancedWithNulls.get(name)),
          isNull(withNulls.get(name)), name);
      assertEquals(GENERATED.itemToMap(bean, true).get(name), GENERATED.attributeValue(bean, name), name);
    }
    assertEquals(bean, GENERATED.mapToItem(ENHANCED.itemToMap(bean, true)));
  }

  private static Map<String, AttributeValue> expected(Map<String, AttributeValue> enhanced) {
    Map<String, AttributeValue> item = new HashMap<>(withoutNullsInDocuments(enhanced));
    item.values().removeIf(GeneratedEnhancedSchemaItemsTest::isEmptySet);
    return item;
  }

  private static boolean isNull(AttributeValue value) {
    return value == null || NULL.equals(value);
  }

  private static boolean isEmptySet(AttributeValue value) {
    return (value.hasSs() && value.ss().isEmpty()) || (value.hasNs() && value.ns().isEmpty())
        || (value.hasBs() && value.bs().isEmpty());
  }

  @Test
  void theSameNamesKeysAndIndexes() {
    assertEquals(new HashSet<>(ENHANCED.attributeNames()), new HashSet<>(GENERATED.attributeNames()));
    assertEquals(ENHANCED.tableMetadata().primaryPartitionKey(), GENERATED.tableMetadata().primaryPartitionKey());
    assertEquals(ENHANCED.tableMetadata().primarySortKey(), GENERATED.tableMetadata().primarySortKey());
    assertEquals(ENHANCED.itemType(), GENERATED.itemType());
  }

  @Test
  void anUnknownAttributeIsNamed() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> GENERATED.attributeValue(sparseBean("p"), "nope"));
    assertTrue(error.getMessage().contains("has no attribute 'nope'"), error.getMessage());
  }

  /** The timestamp extension writes through the schema's converter: in Dynagen's fixed width. */
  @Test
  void timestampsAreConvertedAsDynagenStoresThem() {
    @SuppressWarnings("unchecked")
    var converter = (software.amazon.awssdk.enhanced.dynamodb.AttributeConverter<Instant>) (Object)
        AccountEnhancedSchema.INSTANCE.converterForAttribute("updatedAt");
    assertEquals(AttributeValue.fromS("2026-01-02T03:04:05.000000000Z"),
        converter.transformFrom(Instant.parse("2026-01-02T03:04:05Z")));
    assertThrows(UnsupportedOperationException.class, () -> AccountEnhancedSchema.INSTANCE.converterForAttribute("name"));
    assertEquals(List.of("by-region"), AccountEnhancedSchema.INSTANCE.tableMetadata().indices().stream()
        .map(index -> index.name()).filter(name -> !name.startsWith("$")).toList());
  }
}
