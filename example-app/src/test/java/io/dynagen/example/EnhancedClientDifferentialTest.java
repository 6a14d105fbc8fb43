package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynagen.example.model.Color;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Dynagen and the AWS SDK's Enhanced Client map {@link DiffBean} to the same items, and each
 * reads the other's items back to an equal object (DESIGN.md, "How items are encoded": the
 * Enhanced Client's default converters are the reference, a migration path for its users).
 *
 * <p>Deliberate differences, each asserted in its own test below rather than hidden:
 *
 * <ul>
 *   <li>An empty set: Dynagen leaves it out of the item (it reads back as null); the Enhanced
 *       Client writes an empty SS/NS/BS, which DynamoDB rejects at PutItem.
 *   <li>A negative Duration with a fraction of a second: Dynagen writes the number it is
 *       ({@code Duration.ofMillis(-1500)} is {@code -1.500000000}); the Enhanced Client (up to at
 *       least 2.54) writes seconds and nanos side by side ({@code -2.500000000}), another
 *       duration (aws-sdk-java-v2 issue 7060). Random durations here are therefore whole seconds
 *       when negative.
 *   <li>A null property of a document nested in a list or map: Dynagen leaves it out, as
 *       everywhere; the Enhanced Client, even with {@code ignoreNulls}, writes it as {@code NULL}.
 *       Both read either form as null, so only the items differ; the random property compares
 *       items with those {@code NULL} entries removed ({@link #withoutNullsInDocuments}).
 *   <li>Instant, LocalDateTime and LocalTime: Dynagen writes them at a fixed width (nine
 *       fraction digits, seconds always) so that DynamoDB's order is time order; the Enhanced
 *       Client writes their {@code toString()}, whose width varies. Both read either text to the
 *       same value; items are compared with Dynagen's times rewritten as {@code toString()}
 *       ({@link #timesAsEnhanced}).
 * </ul>
 */
class EnhancedClientDifferentialTest {
  static final TableSchema<DiffBean> ENHANCED = TableSchema.fromBean(DiffBean.class);
  static final DiffBeanSchema DYNAGEN = DiffBeanSchema.INSTANCE;

  /** Every property set, one value each, within what DynamoDB itself can store. */
  static DiffBean fullBean(String pk) {
    DiffBean bean = new DiffBean();
    bean.setPk(pk);
    bean.setSk("full");
    bean.setText("héllo wörld \uD83D\uDE00");
    bean.setLetter('x');
    bean.setBoxedLetter('é');
    bean.setFlag(true);
    bean.setBoxedFlag(false);
    bean.setTiny((byte) -128);
    bean.setBoxedTiny((byte) 127);
    bean.setSmall((short) -32768);
    bean.setBoxedSmall((short) 32767);
    bean.setCount(Integer.MIN_VALUE);
    bean.setBoxedCount(Integer.MAX_VALUE);
    bean.setBig(Long.MIN_VALUE);
    bean.setBoxedBig(Long.MAX_VALUE);
    bean.setRatio(0.1f);
    bean.setBoxedRatio(3.4028235e38f);
    bean.setReal(1.0 / 3);
    bean.setBoxedReal(1.0e-100);
    bean.setBigInteger(new BigInteger("-12345678901234567890123456789012345678"));
    bean.setBigDecimal(new BigDecimal("1234567890123456789012345.6789012345678"));
    bean.setBytes(new byte[] {0, 1, 2, (byte) 255});
    bean.setSdkBytes(SdkBytes.fromUtf8String("sdk"));
    bean.setByteBuffer(ByteBuffer.wrap(new byte[] {9, 8, 7}));
    bean.setColor(Color.GREEN);
    bean.setUuid(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    bean.setInstant(Instant.parse("2023-11-14T22:13:20.000001Z"));
    bean.setLocalDate(LocalDate.of(2024, 2, 29));
    bean.setLocalDateTime(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_999));
    bean.setLocalTime(LocalTime.of(12, 0));
    bean.setOffsetDateTime(OffsetDateTime.of(2023, 1, 2, 3, 4, 5, 6, ZoneOffset.ofHoursMinutes(-5, -30)));
    bean.setZonedDateTime(ZonedDateTime.of(2023, 3, 26, 3, 30, 0, 0, ZoneId.of("Europe/Paris")));
    bean.setDuration(Duration.ofMillis(1500));
    bean.setPeriod(Period.of(1, -2, 3));
    bean.setZoneId(ZoneId.of("America/Los_Angeles"));
    bean.setMonthDay(MonthDay.of(2, 29));
    bean.setStrings(List.of("a", "", "c"));
    bean.setInts(List.of(1, -2, 3));
    bean.setStringSet(new LinkedHashSet<>(List.of("x", "y")));
    bean.setIntSet(new LinkedHashSet<>(List.of(10, -20)));
    bean.setDecimalSet(new LinkedHashSet<>(List.of(new BigDecimal("1.5"), new BigDecimal("-2"))));
    bean.setBinarySet(new LinkedHashSet<>(List.of(SdkBytes.fromUtf8String("p"), SdkBytes.fromUtf8String("q"))));
    bean.setLabels(new LinkedHashMap<>(Map.of("en", "hello", "fr", "bonjour")));
    bean.setCounts(new LinkedHashMap<>(Map.of("apples", 3, "pears", -1)));
    bean.setPlace(new DiffPlace("home", 2, 47.6));
    bean.setPlaces(List.of(new DiffPlace("a", 0, 1.5), new DiffPlace("b", -1, -0.25)));
    bean.setPlacesByName(new LinkedHashMap<>(Map.of("work", new DiffPlace("work", 10, 0.0))));
    return bean;
  }

  /** Only the key: every other property null (or zero for primitives). */
  static DiffBean sparseBean(String pk) {
    DiffBean bean = new DiffBean();
    bean.setPk(pk);
    bean.setSk("sparse");
    return bean;
  }

  @Test
  void theSameItems() {
    for (DiffBean bean : List.of(fullBean("p"), sparseBean("p"))) {
      assertEquals(ENHANCED.itemToMap(bean, true), timesAsEnhanced(DYNAGEN.toItem(bean)), bean.toString());
    }
  }

  @Test
  void eachReadsTheOthersItems() {
    for (DiffBean bean : List.of(fullBean("p"), sparseBean("p"))) {
      assertEquals(bean, ENHANCED.mapToItem(DYNAGEN.toItem(bean)), "Enhanced Client reading Dynagen's item");
      assertEquals(bean, DYNAGEN.fromItem(ENHANCED.itemToMap(bean, true)), "Dynagen reading the Enhanced Client's item");
    }
  }

  static Stream<Arguments> randomBeansGiveTheSameItemsBothWays() {
    return RandomCases.of(500, DiffBeanGens.beans());
  }

  @Property
  void randomBeansGiveTheSameItemsBothWays(DiffBean bean) {
    Map<String, AttributeValue> dynagen = DYNAGEN.toItem(bean);
    assertEquals(withoutNullsInDocuments(ENHANCED.itemToMap(bean, true)), timesAsEnhanced(dynagen));
    assertEquals(bean, ENHANCED.mapToItem(dynagen));
    assertEquals(bean, DYNAGEN.fromItem(ENHANCED.itemToMap(bean, true)));
  }

  // ------------------------------------------------------------------ deliberate differences

  /** DynamoDB rejects empty sets: Dynagen leaves them out, the Enhanced Client writes them. */
  @Test
  void emptySetsDiffer() {
    DiffBean bean = sparseBean("p");
    bean.setStringSet(Set.of());
    bean.setIntSet(Set.of());
    bean.setBinarySet(Set.of());
    Map<String, AttributeValue> dynagen = DYNAGEN.toItem(bean);
    Map<String, AttributeValue> enhanced = new java.util.HashMap<>(ENHANCED.itemToMap(bean, true));
    assertEquals(false, dynagen.containsKey("stringSet") || dynagen.containsKey("intSet") || dynagen.containsKey("binarySet"));
    assertEquals(AttributeValue.fromSs(List.of()), enhanced.get("stringSet"));
    assertEquals(AttributeValue.fromNs(List.of()), enhanced.get("intSet"));
    assertEquals(AttributeValue.fromBs(List.of()), enhanced.get("binarySet"));
    // Apart from the empty sets, the items are the same.
    enhanced.keySet().removeAll(List.of("stringSet", "intSet", "binarySet"));
    assertEquals(enhanced, dynagen);
  }

  /** Null properties of documents inside collections: NULL from the Enhanced Client, left out by Dynagen. */
  @Test
  void nullsInDocumentsInsideCollections() {
    DiffBean bean = sparseBean("p");
    bean.setPlaces(List.of(new DiffPlace(null, 1, null)));
    bean.setPlacesByName(Map.of("k", new DiffPlace("n", 2, null)));
    Map<String, AttributeValue> dynagen = DYNAGEN.toItem(bean);
    Map<String, AttributeValue> enhanced = ENHANCED.itemToMap(bean, true);
    assertEquals(Map.of("floor", AttributeValue.fromN("1")), dynagen.get("places").l().get(0).m());
    assertEquals(AttributeValue.fromNul(true), enhanced.get("places").l().get(0).m().get("name"));
    assertEquals(AttributeValue.fromNul(true), enhanced.get("placesByName").m().get("k").m().get("latitude"));
    assertEquals(withoutNullsInDocuments(enhanced), dynagen);
    assertEquals(bean, DYNAGEN.fromItem(enhanced));
    assertEquals(bean, ENHANCED.mapToItem(dynagen));
  }

  /** The item with every NULL map entry (at any depth) removed; top-level attributes are kept. */
  static Map<String, AttributeValue> withoutNullsInDocuments(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> copy = new java.util.HashMap<>();
    item.forEach((name, value) -> copy.put(name, stripNulls(value)));
    return copy;
  }

  private static AttributeValue stripNulls(AttributeValue value) {
    if (value.hasM()) {
      Map<String, AttributeValue> map = new LinkedHashMap<>();
      value.m().forEach((key, inner) -> {
        if (!Boolean.TRUE.equals(inner.nul())) {
          map.put(key, stripNulls(inner));
        }
      });
      return AttributeValue.fromM(map);
    }
    if (value.hasL()) {
      return AttributeValue.fromL(value.l().stream().map(EnhancedClientDifferentialTest::stripNulls)
          .collect(java.util.stream.Collectors.toList()));
    }
    return value;
  }

  /** Times at a fixed width, so that they sort; each client reads the other's text. */
  @Test
  void timesAreWrittenAtAFixedWidth() {
    DiffBean bean = sparseBean("p");
    bean.setInstant(Instant.parse("2023-11-14T22:13:20Z"));
    bean.setLocalDateTime(LocalDateTime.of(2024, 2, 29, 23, 59));
    bean.setLocalTime(LocalTime.of(12, 0));
    Map<String, AttributeValue> dynagen = DYNAGEN.toItem(bean);
    Map<String, AttributeValue> enhanced = ENHANCED.itemToMap(bean, true);
    assertEquals("2023-11-14T22:13:20.000000000Z", dynagen.get("instant").s());
    assertEquals("2024-02-29T23:59:00.000000000", dynagen.get("localDateTime").s());
    assertEquals("12:00:00.000000000", dynagen.get("localTime").s());
    assertEquals("2023-11-14T22:13:20Z", enhanced.get("instant").s());
    assertEquals("2024-02-29T23:59", enhanced.get("localDateTime").s());
    assertEquals("12:00", enhanced.get("localTime").s());
    assertEquals(bean, ENHANCED.mapToItem(dynagen));
    assertEquals(bean, DYNAGEN.fromItem(enhanced));
  }

  /** The item with Dynagen's fixed-width times written as their {@code toString()}, as the Enhanced Client writes them. */
  static Map<String, AttributeValue> timesAsEnhanced(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> copy = new java.util.HashMap<>(item);
    copy.computeIfPresent("instant", (name, v) -> AttributeValue.fromS(Instant.parse(v.s()).toString()));
    copy.computeIfPresent("localDateTime", (name, v) -> AttributeValue.fromS(LocalDateTime.parse(v.s()).toString()));
    copy.computeIfPresent("localTime", (name, v) -> AttributeValue.fromS(LocalTime.parse(v.s()).toString()));
    return copy;
  }

  /** A negative fractional Duration: Dynagen writes its value; both read that text back right. */
  @Test
  void negativeFractionalDurations() {
    DiffBean bean = sparseBean("p");
    bean.setDuration(Duration.ofMillis(-1500));
    Map<String, AttributeValue> dynagen = DYNAGEN.toItem(bean);
    assertEquals("-1.500000000", dynagen.get("duration").n());
    assertEquals(Duration.ofMillis(-1500), DYNAGEN.fromItem(dynagen).getDuration());
    assertEquals(Duration.ofMillis(-1500), ENHANCED.mapToItem(dynagen).getDuration());
  }
}
