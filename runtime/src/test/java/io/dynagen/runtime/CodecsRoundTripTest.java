package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
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

  @Property(tries = 2000)
  void ints(@ForAll int value) {
    assertEquals(value, Codecs.readInt(n(value), ATTRIBUTE));
  }

  @Property(tries = 2000)
  void longs(@ForAll long value) {
    assertEquals(value, Codecs.readLong(n(value), ATTRIBUTE));
  }

  @Property
  void shorts(@ForAll short value) {
    assertEquals(value, Codecs.readShort(n(value), ATTRIBUTE));
  }

  @Property
  void bytes(@ForAll byte value) {
    assertEquals(value, Codecs.readByte(n(value), ATTRIBUTE));
  }

  /** Float.toString is the shortest text that parses back to the same float. */
  @Property(tries = 2000)
  void floats(@ForAll(supplier = ValueArbitraries.FiniteFloats.class) float value) {
    assertEquals(value, Codecs.readFloat(Codecs.fromFloat(value, ATTRIBUTE), ATTRIBUTE));
  }

  @Property(tries = 2000)
  void doubles(@ForAll(supplier = ValueArbitraries.FiniteDoubles.class) double value) {
    assertEquals(value, Codecs.readDouble(Codecs.fromDouble(value, ATTRIBUTE), ATTRIBUTE));
  }

  /** Exactly, scale included: 123.4500 stays 123.4500. */
  @Property(tries = 2000)
  void bigDecimals(@ForAll(supplier = ValueArbitraries.BigDecimals.class) BigDecimal value) {
    BigDecimal read = Codecs.readBigDecimal(n(value), ATTRIBUTE);

    assertEquals(value, read);
    assertEquals(value.scale(), read.scale());
  }

  @Property(tries = 2000)
  void bigIntegers(@ForAll(supplier = ValueArbitraries.BigIntegers.class) BigInteger value) {
    assertEquals(value, Codecs.readBigInteger(n(value), ATTRIBUTE));
  }

  /**
   * Whole numbers as DynamoDB may hand them back, in exponent notation up to its largest
   * magnitude (38 significant digits, below 1E+126): every one reads as the BigInteger it is.
   */
  @Property(tries = 2000)
  void bigIntegersInExponentNotation(
      @ForAll(supplier = ValueArbitraries.BigIntegers.class) BigInteger unscaled,
      @ForAll @IntRange(min = 0, max = 126) int exponent) {
    BigDecimal number = new BigDecimal(unscaled, -exponent);
    if (number.precision() - number.scale() > 127) {
      return;
    }
    String text = number.toString();

    assertEquals(number.toBigIntegerExact(), Codecs.readBigInteger(AttributeValue.fromN(text), ATTRIBUTE), text);
  }

  /** Any DynamoDB number text reads as the double Java's parser makes of it. */
  @Property(tries = 2000)
  void doublesFromAnyDynamoDbNumberText(@ForAll(supplier = ValueArbitraries.BigDecimals.class) BigDecimal value) {
    for (String text : List.of(value.toString(), value.toPlainString(), value.toEngineeringString())) {
      assertEquals(Double.parseDouble(text), Codecs.readDouble(AttributeValue.fromN(text), ATTRIBUTE), text);
    }
  }

  @Property
  void strings(@ForAll String value) {
    assertEquals(value, Codecs.readString(AttributeValue.fromS(value), ATTRIBUTE));
  }

  @Property
  void chars(@ForAll char value) {
    assertEquals(value, Codecs.readChar(Codecs.fromChar(value), ATTRIBUTE));
  }

  @Property
  void binaries(@ForAll byte[] value) {
    assertArrayEquals(value, Codecs.readBytes(Codecs.fromBytes(value), ATTRIBUTE));
    assertEquals(ByteBuffer.wrap(value), Codecs.readByteBuffer(Codecs.fromByteBuffer(ByteBuffer.wrap(value)), ATTRIBUTE));
    assertEquals(SdkBytes.fromByteArray(value), Codecs.readSdkBytes(AttributeValue.fromB(SdkBytes.fromByteArray(value)), ATTRIBUTE));
  }

  @Property
  void uuids(@ForAll(supplier = ValueArbitraries.Uuids.class) UUID value) {
    assertEquals(value, Codecs.readUuid(s(value), ATTRIBUTE));
  }

  @Property(tries = 2000)
  void instants(@ForAll(supplier = ValueArbitraries.Instants.class) Instant value) {
    assertEquals(value, Codecs.readInstant(s(value), ATTRIBUTE));
  }

  @Property(tries = 2000)
  void localDates(@ForAll(supplier = ValueArbitraries.LocalDates.class) LocalDate value) {
    assertEquals(value, Codecs.readLocalDate(s(value), ATTRIBUTE));
  }

  @Property(tries = 2000)
  void localDateTimes(@ForAll(supplier = ValueArbitraries.LocalDateTimes.class) LocalDateTime value) {
    assertEquals(value, Codecs.readLocalDateTime(s(value), ATTRIBUTE));
  }

  @Property(tries = 2000)
  void localTimes(@ForAll(supplier = ValueArbitraries.LocalTimes.class) LocalTime value) {
    assertEquals(value, Codecs.readLocalTime(s(value), ATTRIBUTE));
  }

  @Property(tries = 2000)
  void offsetDateTimes(@ForAll(supplier = ValueArbitraries.OffsetDateTimes.class) OffsetDateTime value) {
    assertEquals(value, Codecs.readOffsetDateTime(s(value), ATTRIBUTE));
  }

  @Property(tries = 2000)
  void zonedDateTimes(@ForAll(supplier = ValueArbitraries.ZonedDateTimes.class) ZonedDateTime value) {
    assertEquals(value, Codecs.readZonedDateTime(s(value), ATTRIBUTE));
  }

  @Property
  void periods(@ForAll(supplier = ValueArbitraries.Periods.class) Period value) {
    assertEquals(value, Codecs.readPeriod(s(value), ATTRIBUTE));
  }

  @Property
  void zoneIds(@ForAll(supplier = ValueArbitraries.ZoneIds.class) ZoneId value) {
    assertEquals(value, Codecs.readZoneId(s(value), ATTRIBUTE));
  }

  @Property
  void monthDays(@ForAll(supplier = ValueArbitraries.MonthDays.class) MonthDay value) {
    assertEquals(value, Codecs.readMonthDay(s(value), ATTRIBUTE));
  }

  /** Negative durations with nanos included: -1.5 s is seconds -2 and nanos 500000000. */
  @Property(tries = 3000)
  void durations(@ForAll(supplier = ValueArbitraries.Durations.class) Duration value) {
    assertEquals(value, Codecs.readDuration(Codecs.fromDuration(value), ATTRIBUTE));
  }

  @Property
  void stringSets(@ForAll @Size(min = 1) Set<String> value) {
    AttributeValue written = Codecs.fromStringSet(value, ATTRIBUTE);

    assertEquals(List.copyOf(value), Codecs.readStringSet(written, ATTRIBUTE, "Set<String>"));
  }

  @Property
  void numberSets(@ForAll @Size(min = 1) Set<Long> longs, @ForAll(supplier = ValueArbitraries.BigDecimalSets.class) Set<BigDecimal> decimals) {
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

  @Property
  void binarySets(@ForAll @Size(min = 1) Set<byte[]> arrays) {
    List<SdkBytes> value = new ArrayList<>();
    arrays.forEach(array -> value.add(SdkBytes.fromByteArray(array)));

    assertEquals(value, Codecs.readBinarySet(Codecs.binarySet(value), ATTRIBUTE, "Set<SdkBytes>"));
  }
}
