package io.dynagen.runtime;

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
 * The codecs of the scalar types Dynagen maps itself, one constant per type, for the elements of
 * lists, sets and maps: each writes and reads exactly as a generated schema does for a property of
 * that type (see {@link Codecs}). One class per constant, so that a call on a constant is a
 * direct call once the JIT knows the constant.
 */
public final class ScalarCodecs {
  private ScalarCodecs() {}

  /** The codec of {@code String} values. */
  public static final AttributeCodec<String> STRING = new AttributeCodec<>() {
    @Override
    public AttributeValue write(String value, String attribute) {
      return AttributeValue.createS(value);
    }

    @Override
    public String read(AttributeValue value, String attribute) {
      return Codecs.readString(value, attribute);
    }
  };

  /** The codec of {@code Character} values. */
  public static final AttributeCodec<Character> CHAR = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Character value, String attribute) {
      return Codecs.fromChar(value);
    }

    @Override
    public Character read(AttributeValue value, String attribute) {
      return Codecs.readChar(value, attribute);
    }
  };

  /** The codec of {@code Boolean} values. */
  public static final AttributeCodec<Boolean> BOOLEAN = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Boolean value, String attribute) {
      return AttributeValue.createBool(value);
    }

    @Override
    public Boolean read(AttributeValue value, String attribute) {
      return Codecs.readBoolean(value, attribute);
    }
  };

  /** The codec of {@code Byte} values. */
  public static final AttributeCodec<Byte> BYTE = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Byte value, String attribute) {
      return AttributeValue.createN(Byte.toString(value));
    }

    @Override
    public Byte read(AttributeValue value, String attribute) {
      return Codecs.readByte(value, attribute);
    }
  };

  /** The codec of {@code Short} values. */
  public static final AttributeCodec<Short> SHORT = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Short value, String attribute) {
      return AttributeValue.createN(Short.toString(value));
    }

    @Override
    public Short read(AttributeValue value, String attribute) {
      return Codecs.readShort(value, attribute);
    }
  };

  /** The codec of {@code Integer} values. */
  public static final AttributeCodec<Integer> INT = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Integer value, String attribute) {
      return AttributeValue.createN(Integer.toString(value));
    }

    @Override
    public Integer read(AttributeValue value, String attribute) {
      return Codecs.readInt(value, attribute);
    }
  };

  /** The codec of {@code Long} values. */
  public static final AttributeCodec<Long> LONG = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Long value, String attribute) {
      return AttributeValue.createN(Long.toString(value));
    }

    @Override
    public Long read(AttributeValue value, String attribute) {
      return Codecs.readLong(value, attribute);
    }
  };

  /** The codec of {@code Float} values. */
  public static final AttributeCodec<Float> FLOAT = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Float value, String attribute) {
      return Codecs.fromFloat(value, attribute);
    }

    @Override
    public Float read(AttributeValue value, String attribute) {
      return Codecs.readFloat(value, attribute);
    }
  };

  /** The codec of {@code Double} values. */
  public static final AttributeCodec<Double> DOUBLE = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Double value, String attribute) {
      return Codecs.fromDouble(value, attribute);
    }

    @Override
    public Double read(AttributeValue value, String attribute) {
      return Codecs.readDouble(value, attribute);
    }
  };

  /** The codec of {@code BigInteger} values. */
  public static final AttributeCodec<BigInteger> BIG_INTEGER = new AttributeCodec<>() {
    @Override
    public AttributeValue write(BigInteger value, String attribute) {
      return AttributeValue.createN(value.toString());
    }

    @Override
    public BigInteger read(AttributeValue value, String attribute) {
      return Codecs.readBigInteger(value, attribute);
    }
  };

  /** The codec of {@code BigDecimal} values. */
  public static final AttributeCodec<BigDecimal> BIG_DECIMAL = new AttributeCodec<>() {
    @Override
    public AttributeValue write(BigDecimal value, String attribute) {
      return AttributeValue.createN(value.toString());
    }

    @Override
    public BigDecimal read(AttributeValue value, String attribute) {
      return Codecs.readBigDecimal(value, attribute);
    }
  };

  /** The codec of {@code byte[]} values. */
  public static final AttributeCodec<byte[]> BYTES = new AttributeCodec<>() {
    @Override
    public AttributeValue write(byte[] value, String attribute) {
      return Codecs.fromBytes(value);
    }

    @Override
    public byte[] read(AttributeValue value, String attribute) {
      return Codecs.readBytes(value, attribute);
    }
  };

  /** The codec of {@code SdkBytes} values. */
  public static final AttributeCodec<SdkBytes> SDK_BYTES = new AttributeCodec<>() {
    @Override
    public AttributeValue write(SdkBytes value, String attribute) {
      return AttributeValue.createB(value);
    }

    @Override
    public SdkBytes read(AttributeValue value, String attribute) {
      return Codecs.readSdkBytes(value, attribute);
    }
  };

  /** The codec of {@code ByteBuffer} values. */
  public static final AttributeCodec<ByteBuffer> BYTE_BUFFER = new AttributeCodec<>() {
    @Override
    public AttributeValue write(ByteBuffer value, String attribute) {
      return Codecs.fromByteBuffer(value);
    }

    @Override
    public ByteBuffer read(AttributeValue value, String attribute) {
      return Codecs.readByteBuffer(value, attribute);
    }
  };

  /** The codec of {@code UUID} values. */
  public static final AttributeCodec<UUID> UUID = new AttributeCodec<>() {
    @Override
    public AttributeValue write(UUID value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public UUID read(AttributeValue value, String attribute) {
      return Codecs.readUuid(value, attribute);
    }
  };

  /** The codec of {@code Instant} values. */
  public static final AttributeCodec<Instant> INSTANT = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Instant value, String attribute) {
      return Codecs.fromInstant(value, attribute);
    }

    @Override
    public Instant read(AttributeValue value, String attribute) {
      return Codecs.readInstant(value, attribute);
    }
  };

  /** The codec of {@code LocalDate} values. */
  public static final AttributeCodec<LocalDate> LOCAL_DATE = new AttributeCodec<>() {
    @Override
    public AttributeValue write(LocalDate value, String attribute) {
      return Codecs.fromLocalDate(value, attribute);
    }

    @Override
    public LocalDate read(AttributeValue value, String attribute) {
      return Codecs.readLocalDate(value, attribute);
    }
  };

  /** The codec of {@code LocalDateTime} values. */
  public static final AttributeCodec<LocalDateTime> LOCAL_DATE_TIME = new AttributeCodec<>() {
    @Override
    public AttributeValue write(LocalDateTime value, String attribute) {
      return Codecs.fromLocalDateTime(value, attribute);
    }

    @Override
    public LocalDateTime read(AttributeValue value, String attribute) {
      return Codecs.readLocalDateTime(value, attribute);
    }
  };

  /** The codec of {@code LocalTime} values. */
  public static final AttributeCodec<LocalTime> LOCAL_TIME = new AttributeCodec<>() {
    @Override
    public AttributeValue write(LocalTime value, String attribute) {
      return Codecs.fromLocalTime(value);
    }

    @Override
    public LocalTime read(AttributeValue value, String attribute) {
      return Codecs.readLocalTime(value, attribute);
    }
  };

  /** The codec of {@code OffsetDateTime} values. */
  public static final AttributeCodec<OffsetDateTime> OFFSET_DATE_TIME = new AttributeCodec<>() {
    @Override
    public AttributeValue write(OffsetDateTime value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public OffsetDateTime read(AttributeValue value, String attribute) {
      return Codecs.readOffsetDateTime(value, attribute);
    }
  };

  /** The codec of {@code ZonedDateTime} values. */
  public static final AttributeCodec<ZonedDateTime> ZONED_DATE_TIME = new AttributeCodec<>() {
    @Override
    public AttributeValue write(ZonedDateTime value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public ZonedDateTime read(AttributeValue value, String attribute) {
      return Codecs.readZonedDateTime(value, attribute);
    }
  };

  /** The codec of {@code Duration} values. */
  public static final AttributeCodec<Duration> DURATION = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Duration value, String attribute) {
      return Codecs.fromDuration(value);
    }

    @Override
    public Duration read(AttributeValue value, String attribute) {
      return Codecs.readDuration(value, attribute);
    }
  };

  /** The codec of {@code Period} values. */
  public static final AttributeCodec<Period> PERIOD = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Period value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public Period read(AttributeValue value, String attribute) {
      return Codecs.readPeriod(value, attribute);
    }
  };

  /** The codec of {@code ZoneId} values. */
  public static final AttributeCodec<ZoneId> ZONE_ID = new AttributeCodec<>() {
    @Override
    public AttributeValue write(ZoneId value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public ZoneId read(AttributeValue value, String attribute) {
      return Codecs.readZoneId(value, attribute);
    }
  };

  /** The codec of {@code MonthDay} values. */
  public static final AttributeCodec<MonthDay> MONTH_DAY = new AttributeCodec<>() {
    @Override
    public AttributeValue write(MonthDay value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public MonthDay read(AttributeValue value, String attribute) {
      return Codecs.readMonthDay(value, attribute);
    }
  };

  /** The codec of {@code Instant} values. */
  public static final AttributeCodec<Instant> EPOCH_SECONDS = new AttributeCodec<>() {
    @Override
    public AttributeValue write(Instant value, String attribute) {
      return Codecs.fromEpochSeconds(value);
    }

    @Override
    public Instant read(AttributeValue value, String attribute) {
      return Codecs.readEpochSeconds(value, attribute);
    }
  };
}
