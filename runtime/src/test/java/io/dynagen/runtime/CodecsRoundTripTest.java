package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynagen.runtime.testing.Gens;
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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every type Codecs handles reads back what generated code writes, over its whole range. The
 * writing side is what the processor emits: a Codecs method where there is one, else the SDK
 * factory on the value's text ({@code AttributeValue.fromN(Integer.toString(x))}).
 */
class CodecsRoundTripTest {
  private static final String ATTRIBUTE = "a";

  private static AttributeValue n(Object value) {
    return AttributeValue.fromN(value.toString());
  }

  private static AttributeValue s(Object value) {
    return AttributeValue.fromS(value.toString());
  }

  static Stream<Arguments> ints() {
    return RandomCases.of(2000, Gens.ints());
  }

  @Property
  void ints(int value) {
    assertEquals(value, Codecs.readInt(n(value), ATTRIBUTE));
  }

  static Stream<Arguments> longs() {
    return RandomCases.of(2000, Gens.longs());
  }

  @Property
  void longs(long value) {
    assertEquals(value, Codecs.readLong(n(value), ATTRIBUTE));
  }

  static Stream<Arguments> shorts() {
    return RandomCases.of(Gens.shorts());
  }

  @Property
  void shorts(short value) {
    assertEquals(value, Codecs.readShort(n(value), ATTRIBUTE));
  }

  static Stream<Arguments> bytes() {
    return RandomCases.of(Gens.bytes());
  }

  @Property
  void bytes(byte value) {
    assertEquals(value, Codecs.readByte(n(value), ATTRIBUTE));
  }

  static Stream<Arguments> floats() {
    return RandomCases.of(2000, Gens.finiteFloats());
  }

  /** Float.toString is the shortest text that parses back to the same float. */
  @Property
  void floats(float value) {
    assertEquals(value, Codecs.readFloat(Codecs.fromFloat(value, ATTRIBUTE), ATTRIBUTE));
  }

  static Stream<Arguments> doubles() {
    return RandomCases.of(2000, Gens.finiteDoubles());
  }

  @Property
  void doubles(double value) {
    assertEquals(value, Codecs.readDouble(Codecs.fromDouble(value, ATTRIBUTE), ATTRIBUTE));
  }

  static Stream<Arguments> bigDecimals() {
    return RandomCases.of(2000, ValueGens.bigDecimals());
  }

  /** Exactly, scale included: 123.4500 stays 123.4500. */
  @Property
  void bigDecimals(BigDecimal value) {
    BigDecimal read = Codecs.readBigDecimal(n(value), ATTRIBUTE);

    assertEquals(value, read);
    assertEquals(value.scale(), read.scale());
  }

  static Stream<Arguments> bigIntegers() {
    return RandomCases.of(2000, ValueGens.bigIntegers());
  }

  @Property
  void bigIntegers(BigInteger value) {
    assertEquals(value, Codecs.readBigInteger(n(value), ATTRIBUTE));
  }

  static Stream<Arguments> bigIntegersInExponentNotation() {
    return RandomCases.of(2000, ValueGens.bigIntegers(), Gens.ints(0, 126));
  }

  /**
   * Whole numbers as DynamoDB may hand them back, in exponent notation up to its largest
   * magnitude (38 significant digits, below 1E+126): every one reads as the BigInteger it is.
   */
  @Property
  void bigIntegersInExponentNotation(
      BigInteger unscaled,
      int exponent) {
    BigDecimal number = new BigDecimal(unscaled, -exponent);
    if (number.precision() - number.scale() > 127) {
      return;
    }
    String text = number.toString();

    assertEquals(number.toBigIntegerExact(), Codecs.readBigInteger(AttributeValue.fromN(text), ATTRIBUTE), text);
  }

  static Stream<Arguments> doublesFromAnyDynamoDbNumberText() {
    return RandomCases.of(2000, ValueGens.bigDecimals());
  }

  /** Any DynamoDB number text reads as the double Java's parser makes of it. */
  @Property
  void doublesFromAnyDynamoDbNumberText(BigDecimal value) {
    for (String text : List.of(value.toString(), value.toPlainString(), value.toEngineeringString())) {
      assertEquals(Double.parseDouble(text), Codecs.readDouble(AttributeValue.fromN(text), ATTRIBUTE), text);
    }
  }

  static Stream<Arguments> strings() {
    return RandomCases.of(Gens.strings());
  }

  @Property
  void strings(String value) {
    assertEquals(value, Codecs.readString(AttributeValue.fromS(value), ATTRIBUTE));
  }

  static Stream<Arguments> chars() {
    return RandomCases.of(Gens.chars());
  }

  @Property
  void chars(char value) {
    assertEquals(value, Codecs.readChar(Codecs.fromChar(value), ATTRIBUTE));
  }

  static Stream<Arguments> binaries() {
    return RandomCases.of(Gens.byteArrays());
  }

  @Property
  void binaries(byte[] value) {
    assertArrayEquals(value, Codecs.readBytes(Codecs.fromBytes(value), ATTRIBUTE));
    assertEquals(ByteBuffer.wrap(value), Codecs.readByteBuffer(Codecs.fromByteBuffer(ByteBuffer.wrap(value)), ATTRIBUTE));
    assertEquals(SdkBytes.fromByteArray(value), Codecs.readSdkBytes(AttributeValue.fromB(SdkBytes.fromByteArray(value)), ATTRIBUTE));
  }

  static Stream<Arguments> uuids() {
    return RandomCases.of(ValueGens.uuids());
  }

  @Property
  void uuids(UUID value) {
    assertEquals(value, Codecs.readUuid(s(value), ATTRIBUTE));
  }

  static Stream<Arguments> instants() {
    return RandomCases.of(2000, ValueGens.instants());
  }

  @Property
  void instants(Instant value) {
    assertEquals(value, Codecs.readInstant(s(value), ATTRIBUTE));
  }

  static Stream<Arguments> localDates() {
    return RandomCases.of(2000, ValueGens.localDates());
  }

  @Property
  void localDates(LocalDate value) {
    assertEquals(value, Codecs.readLocalDate(s(value), ATTRIBUTE));
  }

  static Stream<Arguments> localDateTimes() {
    return RandomCases.of(2000, ValueGens.localDateTimes());
  }

  @Property
  void localDateTimes(LocalDateTime value) {
    assertEquals(value, Codecs.readLocalDateTime(s(value), ATTRIBUTE));
  }

  static Stream<Arguments> localTimes() {
    return RandomCases.of(2000, ValueGens.localTimes());
  }

  @Property
  void localTimes(LocalTime value) {
    assertEquals(value, Codecs.readLocalTime(s(value), ATTRIBUTE));
  }

  static Stream<Arguments> offsetDateTimes() {
    return RandomCases.of(2000, ValueGens.offsetDateTimes());
  }

  @Property
  void offsetDateTimes(OffsetDateTime value) {
    assertEquals(value, Codecs.readOffsetDateTime(s(value), ATTRIBUTE));
  }

  static Stream<Arguments> zonedDateTimes() {
    return RandomCases.of(2000, ValueGens.zonedDateTimes());
  }

  @Property
  void zonedDateTimes(ZonedDateTime value) {
    assertEquals(value, Codecs.readZonedDateTime(s(value), ATTRIBUTE));
  }

  static Stream<Arguments> periods() {
    return RandomCases.of(ValueGens.periods());
  }

  @Property
  void periods(Period value) {
    assertEquals(value, Codecs.readPeriod(s(value), ATTRIBUTE));
  }

  static Stream<Arguments> zoneIds() {
    return RandomCases.of(ValueGens.zoneIds());
  }

  @Property
  void zoneIds(ZoneId value) {
    assertEquals(value, Codecs.readZoneId(s(value), ATTRIBUTE));
  }

  static Stream<Arguments> monthDays() {
    return RandomCases.of(ValueGens.monthDays());
  }

  @Property
  void monthDays(MonthDay value) {
    assertEquals(value, Codecs.readMonthDay(s(value), ATTRIBUTE));
  }

  static Stream<Arguments> durations() {
    return RandomCases.of(3000, ValueGens.durations());
  }

  /** Negative durations with nanos included: -1.5 s is seconds -2 and nanos 500000000. */
  @Property
  void durations(Duration value) {
    assertEquals(value, Codecs.readDuration(Codecs.fromDuration(value), ATTRIBUTE));
  }

  static Stream<Arguments> stringSets() {
    return RandomCases.of(Gens.strings().set(1, 20));
  }

  @Property
  void stringSets(Set<String> value) {
    AttributeValue written = Codecs.fromStringSet(value, ATTRIBUTE);

    assertEquals(List.copyOf(value), Codecs.readStringSet(written, ATTRIBUTE, "Set<String>"));
  }

  static Stream<Arguments> numberSets() {
    return RandomCases.of(Gens.longs().set(1, 20), ValueGens.bigDecimalSets());
  }

  @Property
  void numberSets(Set<Long> longs, Set<BigDecimal> decimals) {
    Set<Long> readLongs = new LinkedHashSet<>();
    for (String text : Codecs.readNumberSet(Codecs.fromNumberSet(longs, ATTRIBUTE), ATTRIBUTE, "Set<Long>")) {
      readLongs.add(Codecs.readLong(AttributeValue.fromN(text), ATTRIBUTE));
    }
    assertEquals(longs, readLongs);

    List<BigDecimal> readDecimals = new ArrayList<>();
    for (String text : Codecs.readNumberSet(Codecs.fromNumberSet(decimals, ATTRIBUTE), ATTRIBUTE, "Set<BigDecimal>")) {
      readDecimals.add(Codecs.readBigDecimal(AttributeValue.fromN(text), ATTRIBUTE));
    }
    assertEquals(List.copyOf(decimals), readDecimals);
  }

  static Stream<Arguments> binarySets() {
    return RandomCases.of(Gens.byteArrays().set(1, 20));
  }

  @Property
  void binarySets(Set<byte[]> arrays) {
    List<SdkBytes> value = new ArrayList<>();
    arrays.forEach(array -> value.add(SdkBytes.fromByteArray(array)));

    assertEquals(value, Codecs.readBinarySet(Codecs.binarySet(value), ATTRIBUTE, "Set<SdkBytes>"));
  }
}
