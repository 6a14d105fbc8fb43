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
 * The codecs of the scalar types Dynagen maps itself, for the elements of lists, sets and maps:
 * one nested class per type, whose {@code INSTANCE} writes and reads exactly as a generated
 * schema does for a property of that type (see {@link Codecs}), with the ready-made codecs of a
 * {@code List}, a {@code Set} and a {@code Map} with String keys of it ({@code LIST}, {@code SET},
 * {@code MAP}; no set of booleans, no collections of epoch seconds).
 *
 * <p>One class per type, so that a call on a codec is a direct call once the JIT knows it, and so
 * that an application's first item loads and initializes only the codecs its classes use: the JVM
 * initializes each nested class on its first use, not with this one.
 */
public final class ScalarCodecs {
  private ScalarCodecs() {}

  /** The codec of {@code String} values. */
  public static final class StringCodec implements AttributeCodec<String> {
    /** The codec. */
    public static final StringCodec INSTANCE = new StringCodec();

    /** The codec of {@code List<String>}. */
    public static final ListCodec<String> LIST = new ListCodec<>(INSTANCE, "List<String>");

    /** The codec of {@code Set<String>}. */
    public static final SetCodec<String> SET = SetCodec.strings(INSTANCE, "Set<String>");

    /** The codec of {@code Map<String, String>}. */
    public static final MapCodec<String, String> MAP = MapCodec.of(INSTANCE, "Map<String, String>");

    private StringCodec() {}

    @Override
    public AttributeValue write(String value, String attribute) {
      return AttributeValue.createS(value);
    }

    @Override
    public String read(AttributeValue value, String attribute) {
      return Codecs.readString(value, attribute);
    }
  }

  /** The codec of {@code Character} values. */
  public static final class CharCodec implements AttributeCodec<Character> {
    /** The codec. */
    public static final CharCodec INSTANCE = new CharCodec();

    /** The codec of {@code List<Character>}. */
    public static final ListCodec<Character> LIST = new ListCodec<>(INSTANCE, "List<Character>");

    /** The codec of {@code Set<Character>}. */
    public static final SetCodec<Character> SET = SetCodec.strings(INSTANCE, "Set<Character>");

    /** The codec of {@code Map<String, Character>}. */
    public static final MapCodec<String, Character> MAP = MapCodec.of(INSTANCE, "Map<String, Character>");

    private CharCodec() {}

    @Override
    public AttributeValue write(Character value, String attribute) {
      return Codecs.fromChar(value);
    }

    @Override
    public Character read(AttributeValue value, String attribute) {
      return Codecs.readChar(value, attribute);
    }
  }

  /** The codec of {@code Boolean} values. */
  public static final class BooleanCodec implements AttributeCodec<Boolean> {
    /** The codec. */
    public static final BooleanCodec INSTANCE = new BooleanCodec();

    /** The codec of {@code List<Boolean>}. */
    public static final ListCodec<Boolean> LIST = new ListCodec<>(INSTANCE, "List<Boolean>");

    /** The codec of {@code Map<String, Boolean>}. */
    public static final MapCodec<String, Boolean> MAP = MapCodec.of(INSTANCE, "Map<String, Boolean>");

    private BooleanCodec() {}

    @Override
    public AttributeValue write(Boolean value, String attribute) {
      return AttributeValue.createBool(value);
    }

    @Override
    public Boolean read(AttributeValue value, String attribute) {
      return Codecs.readBoolean(value, attribute);
    }
  }

  /** The codec of {@code Byte} values. */
  public static final class ByteCodec implements AttributeCodec<Byte> {
    /** The codec. */
    public static final ByteCodec INSTANCE = new ByteCodec();

    /** The codec of {@code List<Byte>}. */
    public static final ListCodec<Byte> LIST = new ListCodec<>(INSTANCE, "List<Byte>");

    /** The codec of {@code Set<Byte>}. */
    public static final SetCodec<Byte> SET = SetCodec.numbers(INSTANCE, "Set<Byte>");

    /** The codec of {@code Map<String, Byte>}. */
    public static final MapCodec<String, Byte> MAP = MapCodec.of(INSTANCE, "Map<String, Byte>");

    private ByteCodec() {}

    @Override
    public AttributeValue write(Byte value, String attribute) {
      return AttributeValue.createN(Byte.toString(value));
    }

    @Override
    public Byte read(AttributeValue value, String attribute) {
      return Codecs.readByte(value, attribute);
    }
  }

  /** The codec of {@code Short} values. */
  public static final class ShortCodec implements AttributeCodec<Short> {
    /** The codec. */
    public static final ShortCodec INSTANCE = new ShortCodec();

    /** The codec of {@code List<Short>}. */
    public static final ListCodec<Short> LIST = new ListCodec<>(INSTANCE, "List<Short>");

    /** The codec of {@code Set<Short>}. */
    public static final SetCodec<Short> SET = SetCodec.numbers(INSTANCE, "Set<Short>");

    /** The codec of {@code Map<String, Short>}. */
    public static final MapCodec<String, Short> MAP = MapCodec.of(INSTANCE, "Map<String, Short>");

    private ShortCodec() {}

    @Override
    public AttributeValue write(Short value, String attribute) {
      return AttributeValue.createN(Short.toString(value));
    }

    @Override
    public Short read(AttributeValue value, String attribute) {
      return Codecs.readShort(value, attribute);
    }
  }

  /** The codec of {@code Integer} values. */
  public static final class IntCodec implements AttributeCodec<Integer> {
    /** The codec. */
    public static final IntCodec INSTANCE = new IntCodec();

    /** The codec of {@code List<Integer>}. */
    public static final ListCodec<Integer> LIST = new ListCodec<>(INSTANCE, "List<Integer>");

    /** The codec of {@code Set<Integer>}. */
    public static final SetCodec<Integer> SET = SetCodec.numbers(INSTANCE, "Set<Integer>");

    /** The codec of {@code Map<String, Integer>}. */
    public static final MapCodec<String, Integer> MAP = MapCodec.of(INSTANCE, "Map<String, Integer>");

    private IntCodec() {}

    @Override
    public AttributeValue write(Integer value, String attribute) {
      return AttributeValue.createN(Integer.toString(value));
    }

    @Override
    public Integer read(AttributeValue value, String attribute) {
      return Codecs.readInt(value, attribute);
    }
  }

  /** The codec of {@code Long} values. */
  public static final class LongCodec implements AttributeCodec<Long> {
    /** The codec. */
    public static final LongCodec INSTANCE = new LongCodec();

    /** The codec of {@code List<Long>}. */
    public static final ListCodec<Long> LIST = new ListCodec<>(INSTANCE, "List<Long>");

    /** The codec of {@code Set<Long>}. */
    public static final SetCodec<Long> SET = SetCodec.numbers(INSTANCE, "Set<Long>");

    /** The codec of {@code Map<String, Long>}. */
    public static final MapCodec<String, Long> MAP = MapCodec.of(INSTANCE, "Map<String, Long>");

    private LongCodec() {}

    @Override
    public AttributeValue write(Long value, String attribute) {
      return AttributeValue.createN(Long.toString(value));
    }

    @Override
    public Long read(AttributeValue value, String attribute) {
      return Codecs.readLong(value, attribute);
    }
  }

  /** The codec of {@code Float} values. */
  public static final class FloatCodec implements AttributeCodec<Float> {
    /** The codec. */
    public static final FloatCodec INSTANCE = new FloatCodec();

    /** The codec of {@code List<Float>}. */
    public static final ListCodec<Float> LIST = new ListCodec<>(INSTANCE, "List<Float>");

    /** The codec of {@code Set<Float>}. */
    public static final SetCodec<Float> SET = SetCodec.numbers(INSTANCE, "Set<Float>");

    /** The codec of {@code Map<String, Float>}. */
    public static final MapCodec<String, Float> MAP = MapCodec.of(INSTANCE, "Map<String, Float>");

    private FloatCodec() {}

    @Override
    public AttributeValue write(Float value, String attribute) {
      return Codecs.fromFloat(value, attribute);
    }

    @Override
    public Float read(AttributeValue value, String attribute) {
      return Codecs.readFloat(value, attribute);
    }
  }

  /** The codec of {@code Double} values. */
  public static final class DoubleCodec implements AttributeCodec<Double> {
    /** The codec. */
    public static final DoubleCodec INSTANCE = new DoubleCodec();

    /** The codec of {@code List<Double>}. */
    public static final ListCodec<Double> LIST = new ListCodec<>(INSTANCE, "List<Double>");

    /** The codec of {@code Set<Double>}. */
    public static final SetCodec<Double> SET = SetCodec.numbers(INSTANCE, "Set<Double>");

    /** The codec of {@code Map<String, Double>}. */
    public static final MapCodec<String, Double> MAP = MapCodec.of(INSTANCE, "Map<String, Double>");

    private DoubleCodec() {}

    @Override
    public AttributeValue write(Double value, String attribute) {
      return Codecs.fromDouble(value, attribute);
    }

    @Override
    public Double read(AttributeValue value, String attribute) {
      return Codecs.readDouble(value, attribute);
    }
  }

  /** The codec of {@code BigInteger} values. */
  public static final class BigIntegerCodec implements AttributeCodec<BigInteger> {
    /** The codec. */
    public static final BigIntegerCodec INSTANCE = new BigIntegerCodec();

    /** The codec of {@code List<BigInteger>}. */
    public static final ListCodec<BigInteger> LIST = new ListCodec<>(INSTANCE, "List<BigInteger>");

    /** The codec of {@code Set<BigInteger>}. */
    public static final SetCodec<BigInteger> SET = SetCodec.numbers(INSTANCE, "Set<BigInteger>");

    /** The codec of {@code Map<String, BigInteger>}. */
    public static final MapCodec<String, BigInteger> MAP = MapCodec.of(INSTANCE, "Map<String, BigInteger>");

    private BigIntegerCodec() {}

    @Override
    public AttributeValue write(BigInteger value, String attribute) {
      return AttributeValue.createN(value.toString());
    }

    @Override
    public BigInteger read(AttributeValue value, String attribute) {
      return Codecs.readBigInteger(value, attribute);
    }
  }

  /** The codec of {@code BigDecimal} values. */
  public static final class BigDecimalCodec implements AttributeCodec<BigDecimal> {
    /** The codec. */
    public static final BigDecimalCodec INSTANCE = new BigDecimalCodec();

    /** The codec of {@code List<BigDecimal>}. */
    public static final ListCodec<BigDecimal> LIST = new ListCodec<>(INSTANCE, "List<BigDecimal>");

    /** The codec of {@code Set<BigDecimal>}. */
    public static final SetCodec<BigDecimal> SET = SetCodec.numbers(INSTANCE, "Set<BigDecimal>");

    /** The codec of {@code Map<String, BigDecimal>}. */
    public static final MapCodec<String, BigDecimal> MAP = MapCodec.of(INSTANCE, "Map<String, BigDecimal>");

    private BigDecimalCodec() {}

    @Override
    public AttributeValue write(BigDecimal value, String attribute) {
      return AttributeValue.createN(value.toString());
    }

    @Override
    public BigDecimal read(AttributeValue value, String attribute) {
      return Codecs.readBigDecimal(value, attribute);
    }
  }

  /** The codec of {@code byte[]} values. */
  public static final class BytesCodec implements AttributeCodec<byte[]> {
    /** The codec. */
    public static final BytesCodec INSTANCE = new BytesCodec();

    /** The codec of {@code List<byte[]>}. */
    public static final ListCodec<byte[]> LIST = new ListCodec<>(INSTANCE, "List<byte[]>");

    /** The codec of {@code Set<byte[]>}. */
    public static final SetCodec<byte[]> SET = SetCodec.binary(INSTANCE, "Set<byte[]>");

    /** The codec of {@code Map<String, byte[]>}. */
    public static final MapCodec<String, byte[]> MAP = MapCodec.of(INSTANCE, "Map<String, byte[]>");

    private BytesCodec() {}

    @Override
    public AttributeValue write(byte[] value, String attribute) {
      return Codecs.fromBytes(value);
    }

    @Override
    public byte[] read(AttributeValue value, String attribute) {
      return Codecs.readBytes(value, attribute);
    }
  }

  /** The codec of {@code SdkBytes} values. */
  public static final class SdkBytesCodec implements AttributeCodec<SdkBytes> {
    /** The codec. */
    public static final SdkBytesCodec INSTANCE = new SdkBytesCodec();

    /** The codec of {@code List<SdkBytes>}. */
    public static final ListCodec<SdkBytes> LIST = new ListCodec<>(INSTANCE, "List<SdkBytes>");

    /** The codec of {@code Set<SdkBytes>}. */
    public static final SetCodec<SdkBytes> SET = SetCodec.binary(INSTANCE, "Set<SdkBytes>");

    /** The codec of {@code Map<String, SdkBytes>}. */
    public static final MapCodec<String, SdkBytes> MAP = MapCodec.of(INSTANCE, "Map<String, SdkBytes>");

    private SdkBytesCodec() {}

    @Override
    public AttributeValue write(SdkBytes value, String attribute) {
      return AttributeValue.createB(value);
    }

    @Override
    public SdkBytes read(AttributeValue value, String attribute) {
      return Codecs.readSdkBytes(value, attribute);
    }
  }

  /** The codec of {@code ByteBuffer} values. */
  public static final class ByteBufferCodec implements AttributeCodec<ByteBuffer> {
    /** The codec. */
    public static final ByteBufferCodec INSTANCE = new ByteBufferCodec();

    /** The codec of {@code List<ByteBuffer>}. */
    public static final ListCodec<ByteBuffer> LIST = new ListCodec<>(INSTANCE, "List<ByteBuffer>");

    /** The codec of {@code Set<ByteBuffer>}. */
    public static final SetCodec<ByteBuffer> SET = SetCodec.binary(INSTANCE, "Set<ByteBuffer>");

    /** The codec of {@code Map<String, ByteBuffer>}. */
    public static final MapCodec<String, ByteBuffer> MAP = MapCodec.of(INSTANCE, "Map<String, ByteBuffer>");

    private ByteBufferCodec() {}

    @Override
    public AttributeValue write(ByteBuffer value, String attribute) {
      return Codecs.fromByteBuffer(value);
    }

    @Override
    public ByteBuffer read(AttributeValue value, String attribute) {
      return Codecs.readByteBuffer(value, attribute);
    }
  }

  /** The codec of {@code UUID} values. */
  public static final class UuidCodec implements AttributeCodec<UUID> {
    /** The codec. */
    public static final UuidCodec INSTANCE = new UuidCodec();

    /** The codec of {@code List<UUID>}. */
    public static final ListCodec<UUID> LIST = new ListCodec<>(INSTANCE, "List<UUID>");

    /** The codec of {@code Set<UUID>}. */
    public static final SetCodec<UUID> SET = SetCodec.strings(INSTANCE, "Set<UUID>");

    /** The codec of {@code Map<String, UUID>}. */
    public static final MapCodec<String, UUID> MAP = MapCodec.of(INSTANCE, "Map<String, UUID>");

    private UuidCodec() {}

    @Override
    public AttributeValue write(UUID value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public UUID read(AttributeValue value, String attribute) {
      return Codecs.readUuid(value, attribute);
    }
  }

  /** The codec of {@code Instant} values. */
  public static final class InstantCodec implements AttributeCodec<Instant> {
    /** The codec. */
    public static final InstantCodec INSTANCE = new InstantCodec();

    /** The codec of {@code List<Instant>}. */
    public static final ListCodec<Instant> LIST = new ListCodec<>(INSTANCE, "List<Instant>");

    /** The codec of {@code Set<Instant>}. */
    public static final SetCodec<Instant> SET = SetCodec.strings(INSTANCE, "Set<Instant>");

    /** The codec of {@code Map<String, Instant>}. */
    public static final MapCodec<String, Instant> MAP = MapCodec.of(INSTANCE, "Map<String, Instant>");

    private InstantCodec() {}

    @Override
    public AttributeValue write(Instant value, String attribute) {
      return Codecs.fromInstant(value, attribute);
    }

    @Override
    public Instant read(AttributeValue value, String attribute) {
      return Codecs.readInstant(value, attribute);
    }
  }

  /** The codec of {@code LocalDate} values. */
  public static final class LocalDateCodec implements AttributeCodec<LocalDate> {
    /** The codec. */
    public static final LocalDateCodec INSTANCE = new LocalDateCodec();

    /** The codec of {@code List<LocalDate>}. */
    public static final ListCodec<LocalDate> LIST = new ListCodec<>(INSTANCE, "List<LocalDate>");

    /** The codec of {@code Set<LocalDate>}. */
    public static final SetCodec<LocalDate> SET = SetCodec.strings(INSTANCE, "Set<LocalDate>");

    /** The codec of {@code Map<String, LocalDate>}. */
    public static final MapCodec<String, LocalDate> MAP = MapCodec.of(INSTANCE, "Map<String, LocalDate>");

    private LocalDateCodec() {}

    @Override
    public AttributeValue write(LocalDate value, String attribute) {
      return Codecs.fromLocalDate(value, attribute);
    }

    @Override
    public LocalDate read(AttributeValue value, String attribute) {
      return Codecs.readLocalDate(value, attribute);
    }
  }

  /** The codec of {@code LocalDateTime} values. */
  public static final class LocalDateTimeCodec implements AttributeCodec<LocalDateTime> {
    /** The codec. */
    public static final LocalDateTimeCodec INSTANCE = new LocalDateTimeCodec();

    /** The codec of {@code List<LocalDateTime>}. */
    public static final ListCodec<LocalDateTime> LIST = new ListCodec<>(INSTANCE, "List<LocalDateTime>");

    /** The codec of {@code Set<LocalDateTime>}. */
    public static final SetCodec<LocalDateTime> SET = SetCodec.strings(INSTANCE, "Set<LocalDateTime>");

    /** The codec of {@code Map<String, LocalDateTime>}. */
    public static final MapCodec<String, LocalDateTime> MAP = MapCodec.of(INSTANCE, "Map<String, LocalDateTime>");

    private LocalDateTimeCodec() {}

    @Override
    public AttributeValue write(LocalDateTime value, String attribute) {
      return Codecs.fromLocalDateTime(value, attribute);
    }

    @Override
    public LocalDateTime read(AttributeValue value, String attribute) {
      return Codecs.readLocalDateTime(value, attribute);
    }
  }

  /** The codec of {@code LocalTime} values. */
  public static final class LocalTimeCodec implements AttributeCodec<LocalTime> {
    /** The codec. */
    public static final LocalTimeCodec INSTANCE = new LocalTimeCodec();

    /** The codec of {@code List<LocalTime>}. */
    public static final ListCodec<LocalTime> LIST = new ListCodec<>(INSTANCE, "List<LocalTime>");

    /** The codec of {@code Set<LocalTime>}. */
    public static final SetCodec<LocalTime> SET = SetCodec.strings(INSTANCE, "Set<LocalTime>");

    /** The codec of {@code Map<String, LocalTime>}. */
    public static final MapCodec<String, LocalTime> MAP = MapCodec.of(INSTANCE, "Map<String, LocalTime>");

    private LocalTimeCodec() {}

    @Override
    public AttributeValue write(LocalTime value, String attribute) {
      return Codecs.fromLocalTime(value);
    }

    @Override
    public LocalTime read(AttributeValue value, String attribute) {
      return Codecs.readLocalTime(value, attribute);
    }
  }

  /** The codec of {@code OffsetDateTime} values. */
  public static final class OffsetDateTimeCodec implements AttributeCodec<OffsetDateTime> {
    /** The codec. */
    public static final OffsetDateTimeCodec INSTANCE = new OffsetDateTimeCodec();

    /** The codec of {@code List<OffsetDateTime>}. */
    public static final ListCodec<OffsetDateTime> LIST = new ListCodec<>(INSTANCE, "List<OffsetDateTime>");

    /** The codec of {@code Set<OffsetDateTime>}. */
    public static final SetCodec<OffsetDateTime> SET = SetCodec.strings(INSTANCE, "Set<OffsetDateTime>");

    /** The codec of {@code Map<String, OffsetDateTime>}. */
    public static final MapCodec<String, OffsetDateTime> MAP = MapCodec.of(INSTANCE, "Map<String, OffsetDateTime>");

    private OffsetDateTimeCodec() {}

    @Override
    public AttributeValue write(OffsetDateTime value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public OffsetDateTime read(AttributeValue value, String attribute) {
      return Codecs.readOffsetDateTime(value, attribute);
    }
  }

  /** The codec of {@code ZonedDateTime} values. */
  public static final class ZonedDateTimeCodec implements AttributeCodec<ZonedDateTime> {
    /** The codec. */
    public static final ZonedDateTimeCodec INSTANCE = new ZonedDateTimeCodec();

    /** The codec of {@code List<ZonedDateTime>}. */
    public static final ListCodec<ZonedDateTime> LIST = new ListCodec<>(INSTANCE, "List<ZonedDateTime>");

    /** The codec of {@code Set<ZonedDateTime>}. */
    public static final SetCodec<ZonedDateTime> SET = SetCodec.strings(INSTANCE, "Set<ZonedDateTime>");

    /** The codec of {@code Map<String, ZonedDateTime>}. */
    public static final MapCodec<String, ZonedDateTime> MAP = MapCodec.of(INSTANCE, "Map<String, ZonedDateTime>");

    private ZonedDateTimeCodec() {}

    @Override
    public AttributeValue write(ZonedDateTime value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public ZonedDateTime read(AttributeValue value, String attribute) {
      return Codecs.readZonedDateTime(value, attribute);
    }
  }

  /** The codec of {@code Duration} values. */
  public static final class DurationCodec implements AttributeCodec<Duration> {
    /** The codec. */
    public static final DurationCodec INSTANCE = new DurationCodec();

    /** The codec of {@code List<Duration>}. */
    public static final ListCodec<Duration> LIST = new ListCodec<>(INSTANCE, "List<Duration>");

    /** The codec of {@code Set<Duration>}. */
    public static final SetCodec<Duration> SET = SetCodec.numbers(INSTANCE, "Set<Duration>");

    /** The codec of {@code Map<String, Duration>}. */
    public static final MapCodec<String, Duration> MAP = MapCodec.of(INSTANCE, "Map<String, Duration>");

    private DurationCodec() {}

    @Override
    public AttributeValue write(Duration value, String attribute) {
      return Codecs.fromDuration(value);
    }

    @Override
    public Duration read(AttributeValue value, String attribute) {
      return Codecs.readDuration(value, attribute);
    }
  }

  /** The codec of {@code Period} values. */
  public static final class PeriodCodec implements AttributeCodec<Period> {
    /** The codec. */
    public static final PeriodCodec INSTANCE = new PeriodCodec();

    /** The codec of {@code List<Period>}. */
    public static final ListCodec<Period> LIST = new ListCodec<>(INSTANCE, "List<Period>");

    /** The codec of {@code Set<Period>}. */
    public static final SetCodec<Period> SET = SetCodec.strings(INSTANCE, "Set<Period>");

    /** The codec of {@code Map<String, Period>}. */
    public static final MapCodec<String, Period> MAP = MapCodec.of(INSTANCE, "Map<String, Period>");

    private PeriodCodec() {}

    @Override
    public AttributeValue write(Period value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public Period read(AttributeValue value, String attribute) {
      return Codecs.readPeriod(value, attribute);
    }
  }

  /** The codec of {@code ZoneId} values. */
  public static final class ZoneIdCodec implements AttributeCodec<ZoneId> {
    /** The codec. */
    public static final ZoneIdCodec INSTANCE = new ZoneIdCodec();

    /** The codec of {@code List<ZoneId>}. */
    public static final ListCodec<ZoneId> LIST = new ListCodec<>(INSTANCE, "List<ZoneId>");

    /** The codec of {@code Set<ZoneId>}. */
    public static final SetCodec<ZoneId> SET = SetCodec.strings(INSTANCE, "Set<ZoneId>");

    /** The codec of {@code Map<String, ZoneId>}. */
    public static final MapCodec<String, ZoneId> MAP = MapCodec.of(INSTANCE, "Map<String, ZoneId>");

    private ZoneIdCodec() {}

    @Override
    public AttributeValue write(ZoneId value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public ZoneId read(AttributeValue value, String attribute) {
      return Codecs.readZoneId(value, attribute);
    }
  }

  /** The codec of {@code MonthDay} values. */
  public static final class MonthDayCodec implements AttributeCodec<MonthDay> {
    /** The codec. */
    public static final MonthDayCodec INSTANCE = new MonthDayCodec();

    /** The codec of {@code List<MonthDay>}. */
    public static final ListCodec<MonthDay> LIST = new ListCodec<>(INSTANCE, "List<MonthDay>");

    /** The codec of {@code Set<MonthDay>}. */
    public static final SetCodec<MonthDay> SET = SetCodec.strings(INSTANCE, "Set<MonthDay>");

    /** The codec of {@code Map<String, MonthDay>}. */
    public static final MapCodec<String, MonthDay> MAP = MapCodec.of(INSTANCE, "Map<String, MonthDay>");

    private MonthDayCodec() {}

    @Override
    public AttributeValue write(MonthDay value, String attribute) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public MonthDay read(AttributeValue value, String attribute) {
      return Codecs.readMonthDay(value, attribute);
    }
  }

  /** The codec of {@code @Ttl} {@code Instant} values, stored as whole epoch seconds (N). */
  public static final class EpochSecondsCodec implements AttributeCodec<Instant> {
    /** The codec. */
    public static final EpochSecondsCodec INSTANCE = new EpochSecondsCodec();

    private EpochSecondsCodec() {}

    @Override
    public AttributeValue write(Instant value, String attribute) {
      return Codecs.fromEpochSeconds(value);
    }

    @Override
    public Instant read(AttributeValue value, String attribute) {
      return Codecs.readEpochSeconds(value, attribute);
    }
  }
}
