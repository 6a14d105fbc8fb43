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
    return RandomCases.batches(2000, Gens.ints());
  }

  @Property
  void ints(List<Integer> values) {
    for (int value : values) {
      assertEquals(value, Codecs.readInt(n(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> longs() {
    return RandomCases.batches(2000, Gens.longs());
  }

  @Property
  void longs(List<Long> values) {
    for (long value : values) {
      assertEquals(value, Codecs.readLong(n(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> shorts() {
    return RandomCases.batches(1000, Gens.shorts());
  }

  @Property
  void shorts(List<Short> values) {
    for (short value : values) {
      assertEquals(value, Codecs.readShort(n(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> bytes() {
    return RandomCases.batches(1000, Gens.bytes());
  }

  @Property
  void bytes(List<Byte> values) {
    for (byte value : values) {
      assertEquals(value, Codecs.readByte(n(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> floats() {
    return RandomCases.batches(2000, Gens.finiteFloats());
  }

  /** Float.toString is the shortest text that parses back to the same float. */
  @Property
  void floats(List<Float> values) {
    for (float value : values) {
      assertEquals(value, Codecs.readFloat(Codecs.fromFloat(value, ATTRIBUTE), ATTRIBUTE));
    }
  }

  static Stream<Arguments> doubles() {
    return RandomCases.batches(2000, Gens.finiteDoubles());
  }

  @Property
  void doubles(List<Double> values) {
    for (double value : values) {
      assertEquals(value, Codecs.readDouble(Codecs.fromDouble(value, ATTRIBUTE), ATTRIBUTE));
    }
  }

  static Stream<Arguments> bigDecimals() {
    return RandomCases.batches(2000, ValueGens.bigDecimals());
  }

  /** Exactly, scale included: 123.4500 stays 123.4500. */
  @Property
  void bigDecimals(List<BigDecimal> values) {
    for (BigDecimal value : values) {
      BigDecimal read = Codecs.readBigDecimal(n(value), ATTRIBUTE);

      assertEquals(value, read);
      assertEquals(value.scale(), read.scale());
    }
  }

  static Stream<Arguments> bigIntegers() {
    return RandomCases.batches(2000, ValueGens.bigIntegers());
  }

  @Property
  void bigIntegers(List<BigInteger> values) {
    for (BigInteger value : values) {
      assertEquals(value, Codecs.readBigInteger(n(value), ATTRIBUTE));
    }
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
    return RandomCases.batches(2000, ValueGens.bigDecimals());
  }

  /** Any DynamoDB number text reads as the double Java's parser makes of it. */
  @Property
  void doublesFromAnyDynamoDbNumberText(List<BigDecimal> values) {
    for (BigDecimal value : values) {
      for (String text : List.of(value.toString(), value.toPlainString(), value.toEngineeringString())) {
        assertEquals(Double.parseDouble(text), Codecs.readDouble(AttributeValue.fromN(text), ATTRIBUTE), text);
      }
    }
  }

  static Stream<Arguments> strings() {
    return RandomCases.batches(1000, Gens.strings());
  }

  @Property
  void strings(List<String> values) {
    for (String value : values) {
      assertEquals(value, Codecs.readString(AttributeValue.fromS(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> chars() {
    return RandomCases.batches(1000, Gens.chars());
  }

  @Property
  void chars(List<Character> values) {
    for (char value : values) {
      assertEquals(value, Codecs.readChar(Codecs.fromChar(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> binaries() {
    return RandomCases.batches(1000, Gens.byteArrays());
  }

  @Property
  void binaries(List<byte[]> values) {
    for (byte[] value : values) {
      assertArrayEquals(value, Codecs.readBytes(Codecs.fromBytes(value), ATTRIBUTE));
      assertEquals(ByteBuffer.wrap(value), Codecs.readByteBuffer(Codecs.fromByteBuffer(ByteBuffer.wrap(value)), ATTRIBUTE));
      assertEquals(SdkBytes.fromByteArray(value), Codecs.readSdkBytes(AttributeValue.fromB(SdkBytes.fromByteArray(value)), ATTRIBUTE));
    }
  }

  static Stream<Arguments> uuids() {
    return RandomCases.batches(1000, ValueGens.uuids());
  }

  @Property
  void uuids(List<UUID> values) {
    for (UUID value : values) {
      assertEquals(value, Codecs.readUuid(s(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> instants() {
    return RandomCases.batches(2000, ValueGens.instants());
  }

  @Property
  void instants(List<Instant> values) {
    for (Instant value : values) {
      assertEquals(value, Codecs.readInstant(s(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> localDates() {
    return RandomCases.batches(2000, ValueGens.localDates());
  }

  @Property
  void localDates(List<LocalDate> values) {
    for (LocalDate value : values) {
      assertEquals(value, Codecs.readLocalDate(s(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> localDateTimes() {
    return RandomCases.batches(2000, ValueGens.localDateTimes());
  }

  @Property
  void localDateTimes(List<LocalDateTime> values) {
    for (LocalDateTime value : values) {
      assertEquals(value, Codecs.readLocalDateTime(s(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> localTimes() {
    return RandomCases.batches(2000, ValueGens.localTimes());
  }

  @Property
  void localTimes(List<LocalTime> values) {
    for (LocalTime value : values) {
      assertEquals(value, Codecs.readLocalTime(s(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> offsetDateTimes() {
    return RandomCases.batches(2000, ValueGens.offsetDateTimes());
  }

  @Property
  void offsetDateTimes(List<OffsetDateTime> values) {
    for (OffsetDateTime value : values) {
      assertEquals(value, Codecs.readOffsetDateTime(s(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> zonedDateTimes() {
    return RandomCases.batches(2000, ValueGens.zonedDateTimes());
  }

  @Property
  void zonedDateTimes(List<ZonedDateTime> values) {
    for (ZonedDateTime value : values) {
      assertEquals(value, Codecs.readZonedDateTime(s(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> periods() {
    return RandomCases.batches(1000, ValueGens.periods());
  }

  @Property
  void periods(List<Period> values) {
    for (Period value : values) {
      assertEquals(value, Codecs.readPeriod(s(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> zoneIds() {
    return RandomCases.batches(1000, ValueGens.zoneIds());
  }

  @Property
  void zoneIds(List<ZoneId> values) {
    for (ZoneId value : values) {
      assertEquals(value, Codecs.readZoneId(s(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> monthDays() {
    return RandomCases.batches(1000, ValueGens.monthDays());
  }

  @Property
  void monthDays(List<MonthDay> values) {
    for (MonthDay value : values) {
      assertEquals(value, Codecs.readMonthDay(s(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> durations() {
    return RandomCases.batches(3000, ValueGens.durations());
  }

  /** Negative durations with nanos included: -1.5 s is seconds -2 and nanos 500000000. */
  @Property
  void durations(List<Duration> values) {
    for (Duration value : values) {
      assertEquals(value, Codecs.readDuration(Codecs.fromDuration(value), ATTRIBUTE));
    }
  }

  static Stream<Arguments> stringSets() {
    return RandomCases.batches(1000, Gens.strings().set(1, 20));
  }

  @Property
  void stringSets(List<Set<String>> values) {
    for (Set<String> value : values) {
      AttributeValue written = Codecs.fromStringSet(value, ATTRIBUTE);

      assertEquals(List.copyOf(value), Codecs.readStringSet(written, ATTRIBUTE, "Set<String>"));
    }
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
    return RandomCases.batches(1000, Gens.byteArrays().set(1, 20));
  }

  @Property
  void binarySets(List<Set<byte[]>> drawn) {
    for (Set<byte[]> arrays : drawn) {
      List<SdkBytes> value = new ArrayList<>();
      arrays.forEach(array -> value.add(SdkBytes.fromByteArray(array)));

      assertEquals(value, Codecs.readBinarySet(Codecs.binarySet(value), ATTRIBUTE, "Set<SdkBytes>"));
    }
  }
}
