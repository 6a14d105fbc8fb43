package io.dynagen.example;

import io.dynagen.example.model.AllTypes;
import io.dynagen.example.model.Color;
import io.dynagen.example.model.Money;
import io.dynagen.example.model.Point;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import software.amazon.awssdk.core.SdkBytes;

/** Random values of every type {@link AllTypes} maps, edge values included, and whole objects. */
final class AllTypesArbitraries {
  private AllTypesArbitraries() {}

  /** Any UTF-16 text, lone surrogates included (the mapping must not care), often empty. */
  static Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().alpha().ofMaxLength(8),
        Arbitraries.of("", " ", "null", "NULL", "0", "é", "日本語", "\uD83D\uDE00", "a.b[0]"));
  }

  static Arbitrary<Long> longs() {
    return Arbitraries.oneOf(
        Arbitraries.longs(), Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L));
  }

  static Arbitrary<Integer> ints() {
    return Arbitraries.oneOf(
        Arbitraries.integers(), Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1));
  }

  /** Finite doubles from any bit pattern, and the edges: tiny, huge, subnormal, -0.0. */
  static Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(6),
        Arbitraries.of(Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_NORMAL, 1e-300, 1e300, 0.1, 1.0 / 3, 0.0, -0.0, 123.45));
  }

  static Arbitrary<Float> floats() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(Float::intBitsToFloat).filter(Float::isFinite),
        Arbitraries.of(Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 0.0f, -0.0f, 0.1f));
  }

  /** Up to 38 digits (DynamoDB's precision), any sign. */
  static Arbitrary<BigInteger> bigIntegers() {
    Arbitrary<BigInteger> random = Combinators.combine(
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(38), Arbitraries.of(1, -1))
        .as((digits, sign) -> sign < 0 ? new BigInteger(digits).negate() : new BigInteger(digits));
    return Arbitraries.oneOf(random, Arbitraries.of(
        BigInteger.ZERO,
        BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE),
        BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
        new BigInteger("99999999999999999999999999999999999999")));
  }

  /**
   * Up to 38 digits with any scale, so trailing zeros ({@code 123.4500}), exponent texts
   * ({@code 1.2E+12}) and tiny fractions all occur.
   */
  static Arbitrary<BigDecimal> bigDecimals() {
    Arbitrary<BigDecimal> random = Combinators.combine(bigIntegers(), Arbitraries.integers().between(-20, 45))
        .as(BigDecimal::new);
    return Arbitraries.oneOf(random, Arbitraries.of(
        new BigDecimal("123.4500"), new BigDecimal("0.000"), new BigDecimal("1E+5"),
        new BigDecimal("12345678901234567890123456789012345678"),
        new BigDecimal("1234567890123456789012345.678901234567800"),
        new BigDecimal("-0.00000000000000000000000000000000000001"),
        new BigDecimal("9.9999999999999999999999999999999999999E+125"),
        new BigDecimal("1E-130")));
  }

  static Arbitrary<byte[]> byteArrays() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
  }

  /** Heap buffers (some a window into a larger array) and direct buffers. */
  static Arbitrary<ByteBuffer> byteBuffers() {
    Arbitrary<ByteBuffer> window = Combinators.combine(byteArrays(), Arbitraries.integers().between(0, 4))
        .as((bytes, skip) -> {
          ByteBuffer buffer = ByteBuffer.wrap(bytes);
          buffer.position(Math.min(skip, bytes.length));
          return buffer;
        });
    Arbitrary<ByteBuffer> direct = byteArrays().map(bytes -> {
      ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length);
      buffer.put(bytes).flip();
      return buffer;
    });
    return Arbitraries.oneOf(window, direct);
  }

  static Arbitrary<SdkBytes> sdkBytes() {
    return byteArrays().map(SdkBytes::fromByteArray);
  }

  static Arbitrary<UUID> uuids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
  }

  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z: the Instants Dynagen stores. */
  static final Instant FIRST_INSTANT = Instant.ofEpochSecond(-62_167_219_200L);
  static final Instant LAST_INSTANT = Instant.ofEpochSecond(253_402_300_799L, 999_999_999);

  /** Instants over the years 0000 to 9999 (those Dynagen stores, so that they sort), and recent ones. */
  static Arbitrary<Instant> instants() {
    Arbitrary<Long> nanos = Arbitraries.longs().between(0, 999_999_999);
    Arbitrary<Instant> anyTime = Combinators.combine(
            Arbitraries.longs().between(FIRST_INSTANT.getEpochSecond(), LAST_INSTANT.getEpochSecond()), nanos)
        .as(Instant::ofEpochSecond);
    Arbitrary<Instant> recent = Combinators.combine(
            Arbitraries.longs().between(0, 4_102_444_800L), nanos, Arbitraries.of(1L, 1_000L, 1_000_000L))
        .as((seconds, nano, unit) -> Instant.ofEpochSecond(seconds, nano / unit * unit));
    return Arbitraries.oneOf(anyTime, recent, Arbitraries.of(FIRST_INSTANT, LAST_INSTANT, Instant.EPOCH));
  }

  static Arbitrary<LocalDate> localDates() {
    return Arbitraries.oneOf(
        // The years 0000 to 9999, those Dynagen stores.
        Arbitraries.longs().between(-719_528, 2_932_896).map(LocalDate::ofEpochDay),
        Arbitraries.longs().between(-719_528, 800_000).map(LocalDate::ofEpochDay));
  }

  static Arbitrary<LocalTime> localTimes() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay),
        Arbitraries.integers().between(0, 86_399).map(LocalTime::ofSecondOfDay),
        Arbitraries.of(LocalTime.MIDNIGHT, LocalTime.MAX, LocalTime.NOON));
  }

  static Arbitrary<LocalDateTime> localDateTimes() {
    return Combinators.combine(localDates(), localTimes()).as(LocalDateTime::of);
  }

  static Arbitrary<ZoneOffset> offsets() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds),
        Arbitraries.integers().between(-18 * 4, 18 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 900)));
  }

  /** Region ids (sorted, so runs repeat), offsets, and prefixed offsets such as UTC+01:00. */
  static Arbitrary<ZoneId> zoneIds() {
    List<String> regions = new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    return Arbitraries.oneOf(
        Arbitraries.of(regions).map(ZoneId::of),
        offsets().map(offset -> (ZoneId) offset),
        Combinators.combine(Arbitraries.of("UTC", "GMT", "UT"), offsets())
            .as((prefix, offset) -> ZoneId.ofOffset(prefix, offset)));
  }

  static Arbitrary<OffsetDateTime> offsetDateTimes() {
    return Combinators.combine(localDateTimes(), offsets()).as(OffsetDateTime::of);
  }

  static Arbitrary<ZonedDateTime> zonedDateTimes() {
    Arbitrary<Instant> instants = Combinators.combine(
            Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L),
            Arbitraries.longs().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
    return Combinators.combine(instants, zoneIds()).as(ZonedDateTime::ofInstant);
  }

  static Arbitrary<Duration> durations() {
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.longs(), Arbitraries.longs().between(0, 999_999_999))
            .as(Duration::ofSeconds),
        Arbitraries.longs().between(-10_000_000, 10_000_000).map(Duration::ofMillis),
        Arbitraries.of(Duration.ZERO, Duration.ofMillis(1500), Duration.ofMillis(-1500),
            Duration.ofNanos(1), Duration.ofNanos(-1), Duration.ofSeconds(Long.MIN_VALUE),
            Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)));
  }

  static Arbitrary<Period> periods() {
    return Arbitraries.oneOf(
        Combinators.combine(ints(), ints(), ints()).as(Period::of),
        Combinators.combine(Arbitraries.integers().between(-5, 5), Arbitraries.integers().between(-15, 15),
            Arbitraries.integers().between(-40, 40)).as(Period::of));
  }

  static Arbitrary<MonthDay> monthDays() {
    return Combinators.combine(Arbitraries.of(Month.class), Arbitraries.integers().between(1, 31))
        .as((month, day) -> MonthDay.of(month, Math.min(day, month.maxLength())));
  }

  static Arbitrary<Point> points() {
    return Combinators.combine(doubles(), doubles(), strings().injectNull(0.2)).as(Point::new);
  }

  static Arbitrary<Money> money() {
    Arbitrary<BigDecimal> amounts = Combinators.combine(bigIntegers(), Arbitraries.integers().between(0, 10))
        .as(BigDecimal::new);
    return Combinators.combine(amounts, strings()).as(Money::new);
  }

  static <T> Arbitrary<Set<T>> nonEmptySets(Arbitrary<T> elements, int max) {
    return elements.set().ofMinSize(1).ofMaxSize(max);
  }

  /** Every field of AllTypes, each null now and then; sets never empty (see the empty-set rule). */
  static Arbitrary<AllTypes> allTypes() {
    double nulls = 0.15;
    return Builders.withBuilder(AllTypes::new)
        .use(instants().injectNull(nulls)).inSetter((o, v) -> o.createdAt = v)
        .use(strings().injectNull(nulls)).inSetter((o, v) -> o.createdBy = v)
        .use(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(10).injectNull(0.05)).inSetter((o, v) -> o.id = v)
        .use(Arbitraries.chars().all()).inSetter((o, v) -> o.aChar = v)
        .use(Arbitraries.chars().all().injectNull(nulls)).inSetter((o, v) -> o.boxedChar = v)
        .use(Arbitraries.of(true, false)).inSetter((o, v) -> o.aBoolean = v)
        .use(Arbitraries.of(true, false).injectNull(nulls)).inSetter((o, v) -> o.boxedBoolean = v)
        .use(Arbitraries.bytes()).inSetter((o, v) -> o.aByte = v)
        .use(Arbitraries.bytes().injectNull(nulls)).inSetter((o, v) -> o.boxedByte = v)
        .use(Arbitraries.shorts()).inSetter((o, v) -> o.aShort = v)
        .use(Arbitraries.shorts().injectNull(nulls)).inSetter((o, v) -> o.boxedShort = v)
        .use(ints()).inSetter((o, v) -> o.anInt = v)
        .use(ints().injectNull(nulls)).inSetter((o, v) -> o.boxedInt = v)
        .use(longs()).inSetter((o, v) -> o.aLong = v)
        .use(longs().injectNull(nulls)).inSetter((o, v) -> o.boxedLong = v)
        .use(floats()).inSetter((o, v) -> o.aFloat = v)
        .use(floats().injectNull(nulls)).inSetter((o, v) -> o.boxedFloat = v)
        .use(doubles()).inSetter((o, v) -> o.aDouble = v)
        .use(doubles().injectNull(nulls)).inSetter((o, v) -> o.boxedDouble = v)
        .use(bigIntegers().injectNull(nulls)).inSetter((o, v) -> o.bigInteger = v)
        .use(bigDecimals().injectNull(nulls)).inSetter((o, v) -> o.bigDecimal = v)
        .use(byteArrays().injectNull(nulls)).inSetter((o, v) -> o.bytes = v)
        .use(sdkBytes().injectNull(nulls)).inSetter((o, v) -> o.sdkBytes = v)
        .use(byteBuffers().injectNull(nulls)).inSetter((o, v) -> o.byteBuffer = v)
        .use(Arbitraries.of(Color.class).injectNull(nulls)).inSetter((o, v) -> o.color = v)
        .use(uuids().injectNull(nulls)).inSetter((o, v) -> o.uuid = v)
        .use(instants().injectNull(nulls)).inSetter((o, v) -> o.instant = v)
        .use(localDates().injectNull(nulls)).inSetter((o, v) -> o.localDate = v)
        .use(localDateTimes().injectNull(nulls)).inSetter((o, v) -> o.localDateTime = v)
        .use(localTimes().injectNull(nulls)).inSetter((o, v) -> o.localTime = v)
        .use(offsetDateTimes().injectNull(nulls)).inSetter((o, v) -> o.offsetDateTime = v)
        .use(zonedDateTimes().injectNull(nulls)).inSetter((o, v) -> o.zonedDateTime = v)
        .use(durations().injectNull(nulls)).inSetter((o, v) -> o.duration = v)
        .use(periods().injectNull(nulls)).inSetter((o, v) -> o.period = v)
        .use(zoneIds().injectNull(nulls)).inSetter((o, v) -> o.zoneId = v)
        .use(monthDays().injectNull(nulls)).inSetter((o, v) -> o.monthDay = v)
        .use(strings().optional(0.7)).inSetter((o, v) -> o.optionalString = v)
        .use(ints().optional(0.7)).inSetter((o, v) -> o.optionalInt = v)
        .use(strings().injectNull(0.1).list().ofMaxSize(5).injectNull(nulls)).inSetter((o, v) -> o.strings = v)
        .use(ints().injectNull(0.1).list().ofMaxSize(4).injectNull(0.1).list().ofMaxSize(4).injectNull(nulls))
            .inSetter((o, v) -> o.nestedInts = v)
        .use(points().injectNull(0.1).list().ofMaxSize(4).injectNull(nulls)).inSetter((o, v) -> o.points = v)
        .use(nonEmptySets(strings(), 5).injectNull(nulls)).inSetter((o, v) -> o.stringSet = v)
        .use(nonEmptySets(ints(), 5).injectNull(nulls)).inSetter((o, v) -> o.intSet = v)
        .use(nonEmptySets(bigDecimals(), 5).injectNull(nulls)).inSetter((o, v) -> o.decimalSet = v)
        .use(nonEmptySets(sdkBytes(), 4).injectNull(nulls)).inSetter((o, v) -> o.binarySet = v)
        .use(nonEmptySets(Arbitraries.of(Color.class), 3).injectNull(nulls)).inSetter((o, v) -> o.colorSet = v)
        .use(Arbitraries.maps(strings(), ints().injectNull(0.1)).ofMaxSize(5).injectNull(nulls))
            .inSetter((o, v) -> o.counts = v)
        .use(Arbitraries.maps(Arbitraries.of(Color.class), strings().injectNull(0.1)).ofMaxSize(3).injectNull(nulls))
            .inSetter((o, v) -> o.colorNames = v)
        .use(Arbitraries.maps(strings(), points().injectNull(0.1).list().ofMaxSize(3).injectNull(0.1))
                .ofMaxSize(3).injectNull(nulls))
            .inSetter((o, v) -> o.routes = v)
        .use(points().injectNull(nulls)).inSetter((o, v) -> o.origin = v)
        .use(money().injectNull(nulls)).inSetter((o, v) -> o.price = v)
        .build();
  }
}
