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

  // The collections of scalars, ready-made here rather than declared in every generated class that
  // uses them. After the scalar constants: static fields are initialized in order.

  /** {@code List<String>}. */
  public static final ListCodec<String> LIST_OF_STRING = new ListCodec<>(STRING, "List<String>");

  /** {@code Set<String>}. */
  public static final SetCodec<String> SET_OF_STRING = SetCodec.strings(STRING, "Set<String>");

  /** {@code Map<String, String>}. */
  public static final MapCodec<String, String> MAP_OF_STRING = MapCodec.of(STRING, "Map<String, String>");

  /** {@code List<Character>}. */
  public static final ListCodec<Character> LIST_OF_CHAR = new ListCodec<>(CHAR, "List<Character>");

  /** {@code Set<Character>}. */
  public static final SetCodec<Character> SET_OF_CHAR = SetCodec.strings(CHAR, "Set<Character>");

  /** {@code Map<String, Character>}. */
  public static final MapCodec<String, Character> MAP_OF_CHAR = MapCodec.of(CHAR, "Map<String, Character>");

  /** {@code List<Boolean>}. */
  public static final ListCodec<Boolean> LIST_OF_BOOLEAN = new ListCodec<>(BOOLEAN, "List<Boolean>");

  /** {@code Map<String, Boolean>}. */
  public static final MapCodec<String, Boolean> MAP_OF_BOOLEAN = MapCodec.of(BOOLEAN, "Map<String, Boolean>");

  /** {@code List<Byte>}. */
  public static final ListCodec<Byte> LIST_OF_BYTE = new ListCodec<>(BYTE, "List<Byte>");

  /** {@code Set<Byte>}. */
  public static final SetCodec<Byte> SET_OF_BYTE = SetCodec.numbers(BYTE, "Set<Byte>");

  /** {@code Map<String, Byte>}. */
  public static final MapCodec<String, Byte> MAP_OF_BYTE = MapCodec.of(BYTE, "Map<String, Byte>");

  /** {@code List<Short>}. */
  public static final ListCodec<Short> LIST_OF_SHORT = new ListCodec<>(SHORT, "List<Short>");

  /** {@code Set<Short>}. */
  public static final SetCodec<Short> SET_OF_SHORT = SetCodec.numbers(SHORT, "Set<Short>");

  /** {@code Map<String, Short>}. */
  public static final MapCodec<String, Short> MAP_OF_SHORT = MapCodec.of(SHORT, "Map<String, Short>");

  /** {@code List<Integer>}. */
  public static final ListCodec<Integer> LIST_OF_INT = new ListCodec<>(INT, "List<Integer>");

  /** {@code Set<Integer>}. */
  public static final SetCodec<Integer> SET_OF_INT = SetCodec.numbers(INT, "Set<Integer>");

  /** {@code Map<String, Integer>}. */
  public static final MapCodec<String, Integer> MAP_OF_INT = MapCodec.of(INT, "Map<String, Integer>");

  /** {@code List<Long>}. */
  public static final ListCodec<Long> LIST_OF_LONG = new ListCodec<>(LONG, "List<Long>");

  /** {@code Set<Long>}. */
  public static final SetCodec<Long> SET_OF_LONG = SetCodec.numbers(LONG, "Set<Long>");

  /** {@code Map<String, Long>}. */
  public static final MapCodec<String, Long> MAP_OF_LONG = MapCodec.of(LONG, "Map<String, Long>");

  /** {@code List<Float>}. */
  public static final ListCodec<Float> LIST_OF_FLOAT = new ListCodec<>(FLOAT, "List<Float>");

  /** {@code Set<Float>}. */
  public static final SetCodec<Float> SET_OF_FLOAT = SetCodec.numbers(FLOAT, "Set<Float>");

  /** {@code Map<String, Float>}. */
  public static final MapCodec<String, Float> MAP_OF_FLOAT = MapCodec.of(FLOAT, "Map<String, Float>");

  /** {@code List<Double>}. */
  public static final ListCodec<Double> LIST_OF_DOUBLE = new ListCodec<>(DOUBLE, "List<Double>");

  /** {@code Set<Double>}. */
  public static final SetCodec<Double> SET_OF_DOUBLE = SetCodec.numbers(DOUBLE, "Set<Double>");

  /** {@code Map<String, Double>}. */
  public static final MapCodec<String, Double> MAP_OF_DOUBLE = MapCodec.of(DOUBLE, "Map<String, Double>");

  /** {@code List<BigInteger>}. */
  public static final ListCodec<BigInteger> LIST_OF_BIG_INTEGER = new ListCodec<>(BIG_INTEGER, "List<BigInteger>");

  /** {@code Set<BigInteger>}. */
  public static final SetCodec<BigInteger> SET_OF_BIG_INTEGER = SetCodec.numbers(BIG_INTEGER, "Set<BigInteger>");

  /** {@code Map<String, BigInteger>}. */
  public static final MapCodec<String, BigInteger> MAP_OF_BIG_INTEGER = MapCodec.of(BIG_INTEGER, "Map<String, BigInteger>");

  /** {@code List<BigDecimal>}. */
  public static final ListCodec<BigDecimal> LIST_OF_BIG_DECIMAL = new ListCodec<>(BIG_DECIMAL, "List<BigDecimal>");

  /** {@code Set<BigDecimal>}. */
  public static final SetCodec<BigDecimal> SET_OF_BIG_DECIMAL = SetCodec.numbers(BIG_DECIMAL, "Set<BigDecimal>");

  /** {@code Map<String, BigDecimal>}. */
  public static final MapCodec<String, BigDecimal> MAP_OF_BIG_DECIMAL = MapCodec.of(BIG_DECIMAL, "Map<String, BigDecimal>");

  /** {@code List<byte[]>}. */
  public static final ListCodec<byte[]> LIST_OF_BYTES = new ListCodec<>(BYTES, "List<byte[]>");

  /** {@code Set<byte[]>}. */
  public static final SetCodec<byte[]> SET_OF_BYTES = SetCodec.binary(BYTES, "Set<byte[]>");

  /** {@code Map<String, byte[]>}. */
  public static final MapCodec<String, byte[]> MAP_OF_BYTES = MapCodec.of(BYTES, "Map<String, byte[]>");

  /** {@code List<SdkBytes>}. */
  public static final ListCodec<SdkBytes> LIST_OF_SDK_BYTES = new ListCodec<>(SDK_BYTES, "List<SdkBytes>");

  /** {@code Set<SdkBytes>}. */
  public static final SetCodec<SdkBytes> SET_OF_SDK_BYTES = SetCodec.binary(SDK_BYTES, "Set<SdkBytes>");

  /** {@code Map<String, SdkBytes>}. */
  public static final MapCodec<String, SdkBytes> MAP_OF_SDK_BYTES = MapCodec.of(SDK_BYTES, "Map<String, SdkBytes>");

  /** {@code List<ByteBuffer>}. */
  public static final ListCodec<ByteBuffer> LIST_OF_BYTE_BUFFER = new ListCodec<>(BYTE_BUFFER, "List<ByteBuffer>");

  /** {@code Set<ByteBuffer>}. */
  public static final SetCodec<ByteBuffer> SET_OF_BYTE_BUFFER = SetCodec.binary(BYTE_BUFFER, "Set<ByteBuffer>");

  /** {@code Map<String, ByteBuffer>}. */
  public static final MapCodec<String, ByteBuffer> MAP_OF_BYTE_BUFFER = MapCodec.of(BYTE_BUFFER, "Map<String, ByteBuffer>");

  /** {@code List<UUID>}. */
  public static final ListCodec<UUID> LIST_OF_UUID = new ListCodec<>(UUID, "List<UUID>");

  /** {@code Set<UUID>}. */
  public static final SetCodec<UUID> SET_OF_UUID = SetCodec.strings(UUID, "Set<UUID>");

  /** {@code Map<String, UUID>}. */
  public static final MapCodec<String, UUID> MAP_OF_UUID = MapCodec.of(UUID, "Map<String, UUID>");

  /** {@code List<Instant>}. */
  public static final ListCodec<Instant> LIST_OF_INSTANT = new ListCodec<>(INSTANT, "List<Instant>");

  /** {@code Set<Instant>}. */
  public static final SetCodec<Instant> SET_OF_INSTANT = SetCodec.strings(INSTANT, "Set<Instant>");

  /** {@code Map<String, Instant>}. */
  public static final MapCodec<String, Instant> MAP_OF_INSTANT = MapCodec.of(INSTANT, "Map<String, Instant>");

  /** {@code List<LocalDate>}. */
  public static final ListCodec<LocalDate> LIST_OF_LOCAL_DATE = new ListCodec<>(LOCAL_DATE, "List<LocalDate>");

  /** {@code Set<LocalDate>}. */
  public static final SetCodec<LocalDate> SET_OF_LOCAL_DATE = SetCodec.strings(LOCAL_DATE, "Set<LocalDate>");

  /** {@code Map<String, LocalDate>}. */
  public static final MapCodec<String, LocalDate> MAP_OF_LOCAL_DATE = MapCodec.of(LOCAL_DATE, "Map<String, LocalDate>");

  /** {@code List<LocalDateTime>}. */
  public static final ListCodec<LocalDateTime> LIST_OF_LOCAL_DATE_TIME = new ListCodec<>(LOCAL_DATE_TIME, "List<LocalDateTime>");

  /** {@code Set<LocalDateTime>}. */
  public static final SetCodec<LocalDateTime> SET_OF_LOCAL_DATE_TIME = SetCodec.strings(LOCAL_DATE_TIME, "Set<LocalDateTime>");

  /** {@code Map<String, LocalDateTime>}. */
  public static final MapCodec<String, LocalDateTime> MAP_OF_LOCAL_DATE_TIME = MapCodec.of(LOCAL_DATE_TIME, "Map<String, LocalDateTime>");

  /** {@code List<LocalTime>}. */
  public static final ListCodec<LocalTime> LIST_OF_LOCAL_TIME = new ListCodec<>(LOCAL_TIME, "List<LocalTime>");

  /** {@code Set<LocalTime>}. */
  public static final SetCodec<LocalTime> SET_OF_LOCAL_TIME = SetCodec.strings(LOCAL_TIME, "Set<LocalTime>");

  /** {@code Map<String, LocalTime>}. */
  public static final MapCodec<String, LocalTime> MAP_OF_LOCAL_TIME = MapCodec.of(LOCAL_TIME, "Map<String, LocalTime>");

  /** {@code List<OffsetDateTime>}. */
  public static final ListCodec<OffsetDateTime> LIST_OF_OFFSET_DATE_TIME = new ListCodec<>(OFFSET_DATE_TIME, "List<OffsetDateTime>");

  /** {@code Set<OffsetDateTime>}. */
  public static final SetCodec<OffsetDateTime> SET_OF_OFFSET_DATE_TIME = SetCodec.strings(OFFSET_DATE_TIME, "Set<OffsetDateTime>");

  /** {@code Map<String, OffsetDateTime>}. */
  public static final MapCodec<String, OffsetDateTime> MAP_OF_OFFSET_DATE_TIME = MapCodec.of(OFFSET_DATE_TIME, "Map<String, OffsetDateTime>");

  /** {@code List<ZonedDateTime>}. */
  public static final ListCodec<ZonedDateTime> LIST_OF_ZONED_DATE_TIME = new ListCodec<>(ZONED_DATE_TIME, "List<ZonedDateTime>");

  /** {@code Set<ZonedDateTime>}. */
  public static final SetCodec<ZonedDateTime> SET_OF_ZONED_DATE_TIME = SetCodec.strings(ZONED_DATE_TIME, "Set<ZonedDateTime>");

  /** {@code Map<String, ZonedDateTime>}. */
  public static final MapCodec<String, ZonedDateTime> MAP_OF_ZONED_DATE_TIME = MapCodec.of(ZONED_DATE_TIME, "Map<String, ZonedDateTime>");

  /** {@code List<Duration>}. */
  public static final ListCodec<Duration> LIST_OF_DURATION = new ListCodec<>(DURATION, "List<Duration>");

  /** {@code Set<Duration>}. */
  public static final SetCodec<Duration> SET_OF_DURATION = SetCodec.numbers(DURATION, "Set<Duration>");

  /** {@code Map<String, Duration>}. */
  public static final MapCodec<String, Duration> MAP_OF_DURATION = MapCodec.of(DURATION, "Map<String, Duration>");

  /** {@code List<Period>}. */
  public static final ListCodec<Period> LIST_OF_PERIOD = new ListCodec<>(PERIOD, "List<Period>");

  /** {@code Set<Period>}. */
  public static final SetCodec<Period> SET_OF_PERIOD = SetCodec.strings(PERIOD, "Set<Period>");

  /** {@code Map<String, Period>}. */
  public static final MapCodec<String, Period> MAP_OF_PERIOD = MapCodec.of(PERIOD, "Map<String, Period>");

  /** {@code List<ZoneId>}. */
  public static final ListCodec<ZoneId> LIST_OF_ZONE_ID = new ListCodec<>(ZONE_ID, "List<ZoneId>");

  /** {@code Set<ZoneId>}. */
  public static final SetCodec<ZoneId> SET_OF_ZONE_ID = SetCodec.strings(ZONE_ID, "Set<ZoneId>");

  /** {@code Map<String, ZoneId>}. */
  public static final MapCodec<String, ZoneId> MAP_OF_ZONE_ID = MapCodec.of(ZONE_ID, "Map<String, ZoneId>");

  /** {@code List<MonthDay>}. */
  public static final ListCodec<MonthDay> LIST_OF_MONTH_DAY = new ListCodec<>(MONTH_DAY, "List<MonthDay>");

  /** {@code Set<MonthDay>}. */
  public static final SetCodec<MonthDay> SET_OF_MONTH_DAY = SetCodec.strings(MONTH_DAY, "Set<MonthDay>");

  /** {@code Map<String, MonthDay>}. */
  public static final MapCodec<String, MonthDay> MAP_OF_MONTH_DAY = MapCodec.of(MONTH_DAY, "Map<String, MonthDay>");
}
