package io.dynagen.runtime.expr;

import io.dynagen.runtime.Codecs;
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
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The encoders of the Java types Dynagen maps itself, one constant per type, encoding exactly as
 * the generated schemas do (through {@link Codecs}). For enums, {@code
 * @Convert} properties, documents and collections, see {@link EnumEncoder}, {@link
 * ConverterEncoder}, {@link DocumentEncoder}, {@link ListEncoder}, {@link MapEncoder} and {@link
 * SetEncoder}.
 */
public final class Encoders {
  private Encoders() {}

  /** S. */
  public static final ValueEncoder<String> STRING = new ToStringEncoder<>();
  /** S of one character. */
  public static final ValueEncoder<Character> CHAR = new ToStringEncoder<>();
  /** BOOL. */
  public static final ValueEncoder<Boolean> BOOLEAN = new BooleanEncoder();

  /** N. */
  public static final ValueEncoder<Byte> BYTE = new NumberEncoder<>();
  /** N. */
  public static final ValueEncoder<Short> SHORT = new NumberEncoder<>();
  /** N. */
  public static final ValueEncoder<Integer> INT = new NumberEncoder<>();
  /** N. */
  public static final ValueEncoder<Long> LONG = new NumberEncoder<>();
  /** N; NaN and infinities are rejected. */
  public static final ValueEncoder<Float> FLOAT = new NumberEncoder<>();
  /** N; NaN and infinities are rejected. */
  public static final ValueEncoder<Double> DOUBLE = new NumberEncoder<>();
  /** N, in the exact text ({@code 123.4500} stays {@code 123.4500}). */
  public static final ValueEncoder<BigDecimal> BIG_DECIMAL = new NumberEncoder<>();
  /** N. */
  public static final ValueEncoder<BigInteger> BIG_INTEGER = new NumberEncoder<>();
  /** N, seconds with nine decimals when there are nanoseconds ({@code 1.500000000}). */
  public static final ValueEncoder<Duration> DURATION = new DurationEncoder();

  /** B. */
  public static final ValueEncoder<byte[]> BYTES = new ByteArrayEncoder();
  /** B. */
  public static final ValueEncoder<SdkBytes> SDK_BYTES = new SdkBytesEncoder();
  /** B, the buffer's remaining bytes. */
  public static final ValueEncoder<ByteBuffer> BYTE_BUFFER = new ByteBufferEncoder();

  /** S, {@code toString()}. */
  public static final ValueEncoder<UUID> UUID = new ToStringEncoder<>();
  /** S, ISO-8601 UTC at a fixed width ({@code 2023-11-14T22:13:20.000001000Z}), so that it sorts. */
  public static final ValueEncoder<Instant> INSTANT = new InstantEncoder();
  /** N, whole epoch seconds: a {@code @Ttl} Instant. */
  public static final ValueEncoder<Instant> EPOCH_SECONDS = new EpochSecondsEncoder();
  /** S, {@code 2023-11-14} (years 0000 to 9999). */
  public static final ValueEncoder<LocalDate> LOCAL_DATE = new LocalDateEncoder();
  /** S, at a fixed width ({@code 2023-11-14T22:13:00.000000000}), so that it sorts. */
  public static final ValueEncoder<LocalDateTime> LOCAL_DATE_TIME = new LocalDateTimeEncoder();
  /** S, at a fixed width ({@code 22:13:00.000000000}), so that it sorts. */
  public static final ValueEncoder<LocalTime> LOCAL_TIME = new LocalTimeEncoder();
  /** S, {@code toString()}. */
  public static final ValueEncoder<OffsetDateTime> OFFSET_DATE_TIME = new ToStringEncoder<>();
  /** S, {@code toString()}. */
  public static final ValueEncoder<ZonedDateTime> ZONED_DATE_TIME = new ToStringEncoder<>();
  /** S, {@code toString()}. */
  public static final ValueEncoder<Period> PERIOD = new ToStringEncoder<>();
  /** S, {@code toString()}. */
  public static final ValueEncoder<ZoneId> ZONE_ID = new ToStringEncoder<>();
  /** S, {@code toString()}. */
  public static final ValueEncoder<MonthDay> MONTH_DAY = new ToStringEncoder<>();

  /**
   * Passes attribute values through unchanged: for code that builds keys or values itself,
   * such as {@code table.query(AttributeValue.createS("johndoe"), Encoders.ATTRIBUTE_VALUE)}.
   */
  public static final ValueEncoder<AttributeValue> ATTRIBUTE_VALUE = new IdentityEncoder();

  private static final class IdentityEncoder implements ValueEncoder<AttributeValue> {
    @Override
    public AttributeValue encode(AttributeValue value, String attribute) {
      return value;
    }
  }

  /** Types whose stored form is their {@code toString()}, as S. */
  private static final class ToStringEncoder<V> implements ValueEncoder<V> {
    @Override
    public AttributeValue encode(V value, String attribute) {
      return AttributeValue.createS(value.toString());
    }
  }

  /** Numbers as N in their own text; {@link Codecs#numberText} rejects NaN and infinities. */
  private static final class NumberEncoder<N extends Number> implements ValueEncoder<N> {
    @Override
    public AttributeValue encode(N value, String attribute) {
      return AttributeValue.createN(Codecs.numberText(value, attribute));
    }
  }

  private static final class BooleanEncoder implements ValueEncoder<Boolean> {
    @Override
    public AttributeValue encode(Boolean value, String attribute) {
      return AttributeValue.createBool(value);
    }
  }

  private static final class DurationEncoder implements ValueEncoder<Duration> {
    @Override
    public AttributeValue encode(Duration value, String attribute) {
      return Codecs.fromDuration(value);
    }
  }

  private static final class InstantEncoder implements ValueEncoder<Instant> {
    @Override
    public AttributeValue encode(Instant value, String attribute) {
      return Codecs.fromInstant(value, attribute);
    }
  }

  private static final class LocalDateEncoder implements ValueEncoder<LocalDate> {
    @Override
    public AttributeValue encode(LocalDate value, String attribute) {
      return Codecs.fromLocalDate(value, attribute);
    }
  }

  private static final class LocalDateTimeEncoder implements ValueEncoder<LocalDateTime> {
    @Override
    public AttributeValue encode(LocalDateTime value, String attribute) {
      return Codecs.fromLocalDateTime(value, attribute);
    }
  }

  private static final class LocalTimeEncoder implements ValueEncoder<LocalTime> {
    @Override
    public AttributeValue encode(LocalTime value, String attribute) {
      return Codecs.fromLocalTime(value);
    }
  }

  private static final class EpochSecondsEncoder implements ValueEncoder<Instant> {
    @Override
    public AttributeValue encode(Instant value, String attribute) {
      return Codecs.fromEpochSeconds(value);
    }

    /**
     * The stored value is whole seconds: a fraction dropped from the value compared with would
     * make {@code <}, {@code >=} and {@code =} answer for another instant.
     */
    @Override
    public AttributeValue encodeCompared(Instant value, String attribute) {
      if (value.getNano() != 0) {
        throw new IllegalArgumentException(
            "Attribute '" + attribute + "' is a @Ttl Instant, stored in whole seconds, compared with "
                + value + ": the comparison would drop the fraction and answer for another instant;"
                + " compare with a whole second, such as value.truncatedTo(ChronoUnit.SECONDS)");
      }
      return encode(value, attribute);
    }
  }

  private static final class ByteArrayEncoder implements ValueEncoder<byte[]> {
    @Override
    public AttributeValue encode(byte[] value, String attribute) {
      return Codecs.fromBytes(value);
    }
  }

  private static final class SdkBytesEncoder implements ValueEncoder<SdkBytes> {
    @Override
    public AttributeValue encode(SdkBytes value, String attribute) {
      return AttributeValue.createB(value);
    }
  }

  private static final class ByteBufferEncoder implements ValueEncoder<ByteBuffer> {
    @Override
    public AttributeValue encode(ByteBuffer value, String attribute) {
      // Codecs.fromByteBuffer reads from the buffer's position: encode a view so the caller's
      // buffer keeps its position.
      return Codecs.fromByteBuffer(value.duplicate());
    }
  }
}
