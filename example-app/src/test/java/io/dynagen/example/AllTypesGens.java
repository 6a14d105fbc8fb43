package io.dynagen.example;

import io.dynagen.example.model.AllTypes;
import io.dynagen.example.model.Color;
import io.dynagen.example.model.Money;
import io.dynagen.example.model.Point;
import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** Random values of every type {@link AllTypes} maps, edge values included, and whole objects. */
final class AllTypesGens {
  private AllTypesGens() {}

  /** Sorted, so that a seed replays the same zone (the JDK's set has no stable order). */
  private static final List<String> REGIONS = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

  /** Any UTF-16 text, lone surrogates included (the mapping must not care), often empty. */
  static Gen<String> strings() {
    return Gen.oneOf(
        Gens.utf16Strings(0, 12),
        Gens.strings(Gens.LETTERS, 0, 8),
        Gen.of("", " ", "null", "NULL", "0", "é", "日本語", "\uD83D\uDE00", "a.b[0]"));
  }

  static Gen<Long> longs() {
    return Gen.oneOf(Gens.longs(), Gen.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L));
  }

  static Gen<Integer> ints() {
    return Gen.oneOf(Gens.ints(), Gen.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1));
  }

  /** Finite doubles from any bit pattern, and the edges: tiny, huge, subnormal, -0.0. */
  static Gen<Double> doubles() {
    Gen<Double> bits = Gens.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    Gen<Double> sixDecimals = Gens.doubles(-1e6, 1e6).map(d -> BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).doubleValue());
    return Gen.oneOf(bits, sixDecimals,
        Gen.of(Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_NORMAL, 1e-300, 1e300, 0.1, 1.0 / 3, 0.0, -0.0, 123.45));
  }

  static Gen<Float> floats() {
    return Gen.oneOf(
        Gens.ints().map(Float::intBitsToFloat).filter(Float::isFinite),
        Gen.of(Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 0.0f, -0.0f, 0.1f));
  }

  /** Up to 38 digits (DynamoDB's precision), any sign. */
  static Gen<BigInteger> bigIntegers() {
    return Gen.oneOf(Gens.bigIntegers(38), Gen.of(
        BigInteger.ZERO,
        BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE),
        BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
        new BigInteger("99999999999999999999999999999999999999")));
  }

  /**
   * Up to 38 digits with any scale, so trailing zeros ({@code 123.4500}), exponent texts
   * ({@code 1.2E+12}) and tiny fractions all occur.
   */
  static Gen<BigDecimal> bigDecimals() {
    return Gen.oneOf(Gen.combine(bigIntegers(), Gens.ints(-20, 45), BigDecimal::new), Gen.of(
        new BigDecimal("123.4500"), new BigDecimal("0.000"), new BigDecimal("1E+5"),
        new BigDecimal("12345678901234567890123456789012345678"),
        new BigDecimal("1234567890123456789012345.678901234567800"),
        new BigDecimal("-0.00000000000000000000000000000000000001"),
        new BigDecimal("9.9999999999999999999999999999999999999E+125"),
        new BigDecimal("1E-130")));
  }

  static Gen<byte[]> byteArrays() {
    return Gens.byteArrays(24);
  }

  /** Heap buffers (some a window into a larger array) and direct buffers. */
  static Gen<ByteBuffer> byteBuffers() {
    Gen<ByteBuffer> window = Gen.combine(byteArrays(), Gens.ints(0, 4), (bytes, skip) -> {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      buffer.position(Math.min(skip, bytes.length));
      return buffer;
    });
    Gen<ByteBuffer> direct = byteArrays().map(bytes -> {
      ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length);
      buffer.put(bytes).flip();
      return buffer;
    });
    return Gen.oneOf(window, direct);
  }

  static Gen<SdkBytes> sdkBytes() {
    return byteArrays().map(SdkBytes::fromByteArray);
  }

  static Gen<UUID> uuids() {
    return Gen.combine(Gens.longs(), Gens.longs(), UUID::new);
  }

  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z: the Instants Dynagen stores. */
  static final Instant FIRST_INSTANT = Instant.ofEpochSecond(-62_167_219_200L);
  static final Instant LAST_INSTANT = Instant.ofEpochSecond(253_402_300_799L, 999_999_999);

  /** Instants over the years 0000 to 9999 (those Dynagen stores, so that they sort), and recent ones. */
  static Gen<Instant> instants() {
    Gen<Long> nanos = Gens.longs(0, 999_999_999);
    Gen<Instant> anyTime = Gen.combine(
        Gens.longs(FIRST_INSTANT.getEpochSecond(), LAST_INSTANT.getEpochSecond()), nanos, Instant::ofEpochSecond);
    Gen<Long> seconds = Gens.longs(0, 4_102_444_800L);
    Gen<Long> units = Gen.of(1L, 1_000L, 1_000_000L);
    Gen<Instant> recent = source -> {
      long unit = units.next(source);
      return Instant.ofEpochSecond(seconds.next(source), nanos.next(source) / unit * unit);
    };
    return Gen.oneOf(anyTime, recent, Gen.of(FIRST_INSTANT, LAST_INSTANT, Instant.EPOCH));
  }

  static Gen<LocalDate> localDates() {
    return Gen.oneOf(
        // The years 0000 to 9999, those Dynagen stores.
        Gens.longs(-719_528, 2_932_896).map(LocalDate::ofEpochDay),
        Gens.longs(-719_528, 800_000).map(LocalDate::ofEpochDay));
  }

  static Gen<LocalTime> localTimes() {
    return Gen.oneOf(
        Gens.longs(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay),
        Gens.ints(0, 86_399).map(LocalTime::ofSecondOfDay),
        Gen.of(LocalTime.MIDNIGHT, LocalTime.MAX, LocalTime.NOON));
  }

  static Gen<LocalDateTime> localDateTimes() {
    return Gen.combine(localDates(), localTimes(), LocalDateTime::of);
  }

  static Gen<ZoneOffset> offsets() {
    return Gen.oneOf(
        Gens.ints(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds),
        Gens.ints(-18 * 4, 18 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 900)));
  }

  /** Region ids, offsets, and prefixed offsets such as UTC+01:00. */
  static Gen<ZoneId> zoneIds() {
    return Gen.oneOf(
        Gen.of(REGIONS).map(ZoneId::of),
        offsets(),
        Gen.combine(Gen.of("UTC", "GMT", "UT"), offsets(), ZoneId::ofOffset));
  }

  static Gen<OffsetDateTime> offsetDateTimes() {
    return Gen.combine(localDateTimes(), offsets(), OffsetDateTime::of);
  }

  static Gen<ZonedDateTime> zonedDateTimes() {
    Gen<Instant> instants = Gen.combine(
        Gens.longs(-62_135_596_800L, 253_402_300_799L), Gens.longs(0, 999_999_999), Instant::ofEpochSecond);
    return Gen.combine(instants, zoneIds(), ZonedDateTime::ofInstant);
  }

  static Gen<Duration> durations() {
    return Gen.oneOf(
        Gen.combine(Gens.longs(), Gens.longs(0, 999_999_999), Duration::ofSeconds),
        Gens.longs(-10_000_000, 10_000_000).map(Duration::ofMillis),
        Gen.of(Duration.ZERO, Duration.ofMillis(1500), Duration.ofMillis(-1500),
            Duration.ofNanos(1), Duration.ofNanos(-1), Duration.ofSeconds(Long.MIN_VALUE),
            Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)));
  }

  static Gen<Period> periods() {
    return Gen.oneOf(periods(ints(), ints(), ints()), periods(Gens.ints(-5, 5), Gens.ints(-15, 15), Gens.ints(-40, 40)));
  }

  private static Gen<Period> periods(Gen<Integer> years, Gen<Integer> months, Gen<Integer> days) {
    return source -> Period.of(years.next(source), months.next(source), days.next(source));
  }

  static Gen<MonthDay> monthDays() {
    return Gen.combine(Gen.of(Month.values()), Gens.ints(1, 31),
        (month, day) -> MonthDay.of(month, Math.min(day, month.maxLength())));
  }

  static Gen<Point> points() {
    Gen<Double> doubles = doubles();
    Gen<String> labels = strings().orNull(0.2);
    return source -> new Point(doubles.next(source), doubles.next(source), labels.next(source));
  }

  static Gen<Money> money() {
    Gen<BigDecimal> amounts = Gen.combine(bigIntegers(), Gens.ints(0, 10), BigDecimal::new);
    return Gen.combine(amounts, strings(), Money::new);
  }

  static <T> Gen<Set<T>> nonEmptySets(Gen<T> elements, int max) {
    return elements.set(1, max);
  }

  /** Every field of AllTypes, each null now and then; sets never empty (see the empty-set rule). */
  static Gen<AllTypes> allTypes() {
    double nulls = 0.15;
    Gen<Instant> instants = instants().orNull(nulls);
    Gen<String> strings = strings().orNull(nulls);
    Gen<String> ids = Gens.utf16Strings(1, 10).orNull(0.05);
    Gen<Character> chars = Gens.chars();
    Gen<Character> boxedChars = chars.orNull(nulls);
    Gen<Boolean> booleans = Gens.booleans();
    Gen<Boolean> boxedBooleans = booleans.orNull(nulls);
    Gen<Byte> bytes = Gens.bytes();
    Gen<Byte> boxedBytes = bytes.orNull(nulls);
    Gen<Short> shorts = Gens.shorts();
    Gen<Short> boxedShorts = shorts.orNull(nulls);
    Gen<Integer> ints = ints();
    Gen<Integer> boxedInts = ints.orNull(nulls);
    Gen<Long> longs = longs();
    Gen<Long> boxedLongs = longs.orNull(nulls);
    Gen<Float> floats = floats();
    Gen<Float> boxedFloats = floats.orNull(nulls);
    Gen<Double> doubles = doubles();
    Gen<Double> boxedDoubles = doubles.orNull(nulls);
    Gen<BigInteger> bigIntegers = bigIntegers().orNull(nulls);
    Gen<BigDecimal> bigDecimals = bigDecimals().orNull(nulls);
    Gen<byte[]> byteArrays = byteArrays().orNull(nulls);
    Gen<SdkBytes> sdkBytes = sdkBytes().orNull(nulls);
    Gen<ByteBuffer> byteBuffers = byteBuffers().orNull(nulls);
    Gen<Color> colors = Gen.of(Color.values()).orNull(nulls);
    Gen<UUID> uuids = uuids().orNull(nulls);
    Gen<LocalDate> localDates = localDates().orNull(nulls);
    Gen<LocalDateTime> localDateTimes = localDateTimes().orNull(nulls);
    Gen<LocalTime> localTimes = localTimes().orNull(nulls);
    Gen<OffsetDateTime> offsetDateTimes = offsetDateTimes().orNull(nulls);
    Gen<ZonedDateTime> zonedDateTimes = zonedDateTimes().orNull(nulls);
    Gen<Duration> durations = durations().orNull(nulls);
    Gen<Period> periods = periods().orNull(nulls);
    Gen<ZoneId> zoneIds = zoneIds().orNull(nulls);
    Gen<MonthDay> monthDays = monthDays().orNull(nulls);
    var optionalStrings = strings().optional(0.7);
    var optionalInts = ints().optional(0.7);
    Gen<List<String>> stringLists = strings().orNull(0.1).list(0, 5).orNull(nulls);
    Gen<List<List<Integer>>> nestedInts = ints().orNull(0.1).list(0, 4).orNull(0.1).list(0, 4).orNull(nulls);
    Gen<List<Point>> points = points().orNull(0.1).list(0, 4).orNull(nulls);
    Gen<Set<String>> stringSets = nonEmptySets(strings(), 5).orNull(nulls);
    Gen<Set<Integer>> intSets = nonEmptySets(ints(), 5).orNull(nulls);
    Gen<Set<BigDecimal>> decimalSets = nonEmptySets(bigDecimals(), 5).orNull(nulls);
    Gen<Set<SdkBytes>> binarySets = nonEmptySets(sdkBytes(), 4).orNull(nulls);
    Gen<Set<Color>> colorSets = nonEmptySets(Gen.of(Color.values()), 3).orNull(nulls);
    var counts = strings().mapTo(ints().orNull(0.1), 5).orNull(nulls);
    var colorNames = Gen.of(Color.values()).mapTo(strings().orNull(0.1), 3).orNull(nulls);
    var routes = strings().mapTo(points().orNull(0.1).list(0, 3).orNull(0.1), 3).orNull(nulls);
    Gen<Point> origins = points().orNull(nulls);
    Gen<Money> prices = money().orNull(nulls);
    return source -> {
      AllTypes o = new AllTypes();
      o.createdAt = instants.next(source);
      o.createdBy = strings.next(source);
      o.id = ids.next(source);
      o.aChar = chars.next(source);
      o.boxedChar = boxedChars.next(source);
      o.aBoolean = booleans.next(source);
      o.boxedBoolean = boxedBooleans.next(source);
      o.aByte = bytes.next(source);
      o.boxedByte = boxedBytes.next(source);
      o.aShort = shorts.next(source);
      o.boxedShort = boxedShorts.next(source);
      o.anInt = ints.next(source);
      o.boxedInt = boxedInts.next(source);
      o.aLong = longs.next(source);
      o.boxedLong = boxedLongs.next(source);
      o.aFloat = floats.next(source);
      o.boxedFloat = boxedFloats.next(source);
      o.aDouble = doubles.next(source);
      o.boxedDouble = boxedDoubles.next(source);
      o.bigInteger = bigIntegers.next(source);
      o.bigDecimal = bigDecimals.next(source);
      o.bytes = byteArrays.next(source);
      o.sdkBytes = sdkBytes.next(source);
      o.byteBuffer = byteBuffers.next(source);
      o.color = colors.next(source);
      o.uuid = uuids.next(source);
      o.instant = instants.next(source);
      o.localDate = localDates.next(source);
      o.localDateTime = localDateTimes.next(source);
      o.localTime = localTimes.next(source);
      o.offsetDateTime = offsetDateTimes.next(source);
      o.zonedDateTime = zonedDateTimes.next(source);
      o.duration = durations.next(source);
      o.period = periods.next(source);
      o.zoneId = zoneIds.next(source);
      o.monthDay = monthDays.next(source);
      o.optionalString = optionalStrings.next(source);
      o.optionalInt = optionalInts.next(source);
      o.strings = stringLists.next(source);
      o.nestedInts = nestedInts.next(source);
      o.points = points.next(source);
      o.stringSet = stringSets.next(source);
      o.intSet = intSets.next(source);
      o.decimalSet = decimalSets.next(source);
      o.binarySet = binarySets.next(source);
      o.colorSet = colorSets.next(source);
      o.counts = counts.next(source);
      o.colorNames = colorNames.next(source);
      o.routes = routes.next(source);
      o.origin = origins.next(source);
      o.price = prices.next(source);
      return o;
    };
  }
}
