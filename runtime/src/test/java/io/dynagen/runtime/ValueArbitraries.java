package io.dynagen.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/**
 * Generators over the whole range of each type Dynagen stores, extremes included (year
 * -999999999, Long.MIN_VALUE seconds, 38-digit decimals), shared by the Codecs properties, the
 * differential tests against the Enhanced Client and the plain-value properties: as static
 * methods, and as suppliers for {@code @ForAll(supplier = ValueArbitraries.Instants.class)}.
 */
public final class ValueArbitraries {
  private ValueArbitraries() {}

  public static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
            nanos())
        .as(Instant::ofEpochSecond);
  }

  public static Arbitrary<LocalDate> localDates() {
    return Arbitraries.longs()
        .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  public static Arbitrary<LocalTime> localTimes() {
    // Whole seconds and minutes too: toString() shortens those (12:00, 12:00:05), which must parse back.
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay),
        Arbitraries.integers().between(0, 86_399).map(LocalTime::ofSecondOfDay),
        Arbitraries.integers().between(0, 1_439).map(minutes -> LocalTime.ofSecondOfDay(minutes * 60L)));
  }

  public static Arbitrary<LocalDateTime> localDateTimes() {
    return Combinators.combine(localDates(), localTimes()).as(LocalDateTime::of);
  }

  public static Arbitrary<ZoneOffset> offsets() {
    return Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds);
  }

  public static Arbitrary<ZoneId> zoneIds() {
    List<String> regions = List.copyOf(ZoneId.getAvailableZoneIds());
    return Arbitraries.oneOf(Arbitraries.of(regions).map(ZoneId::of), offsets().map(offset -> offset));
  }

  public static Arbitrary<OffsetDateTime> offsetDateTimes() {
    return Combinators.combine(localDateTimes(), offsets()).as(OffsetDateTime::of);
  }

  /** Within years ±100000, where every zone's rules are defined (ZonedDateTime.of needs them). */
  public static Arbitrary<ZonedDateTime> zonedDateTimes() {
    Arbitrary<LocalDateTime> dateTimes = Combinators.combine(
            Arbitraries.longs()
                .between(LocalDate.of(-100_000, 1, 1).toEpochDay(), LocalDate.of(100_000, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay),
            localTimes())
        .as(LocalDateTime::of);
    return Combinators.combine(dateTimes, zoneIds()).as(ZonedDateTime::of);
  }

  public static Arbitrary<Duration> durations() {
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.longs(), nanos()).as(Duration::ofSeconds),
        Arbitraries.longs().map(Duration::ofNanos),
        Arbitraries.longs().between(-100_000, 100_000).map(Duration::ofMillis));
  }

  public static Arbitrary<Period> periods() {
    Arbitrary<Integer> amounts = Arbitraries.integers();
    return Combinators.combine(amounts, amounts, amounts).as(Period::of);
  }

  public static Arbitrary<MonthDay> monthDays() {
    return Arbitraries.integers().between(1, 366).map(day -> MonthDay.from(LocalDate.ofYearDay(2024, day)));
  }

  public static Arbitrary<UUID> uuids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
  }

  /** Up to 38 digits, DynamoDB's precision, at any scale from -100 to 100 (123.4500, 1E+50). */
  public static Arbitrary<BigDecimal> bigDecimals() {
    BigInteger limit = BigInteger.TEN.pow(38);
    Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(limit.negate().add(BigInteger.ONE), limit.subtract(BigInteger.ONE));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-100, 100)).as(BigDecimal::new);
  }

  public static Arbitrary<BigInteger> bigIntegers() {
    BigInteger limit = BigInteger.TEN.pow(38);
    return Arbitraries.bigIntegers().between(limit.negate().add(BigInteger.ONE), limit.subtract(BigInteger.ONE));
  }

  public static Arbitrary<Float> finiteFloats() {
    return Arbitraries.floats().filter(Float::isFinite);
  }

  public static Arbitrary<Double> finiteDoubles() {
    return Arbitraries.doubles().filter(Double::isFinite);
  }

  // Suppliers for @ForAll(supplier = ...), so that properties in any class share the generators above.

  public static final class BigDecimalSets implements ArbitrarySupplier<Set<BigDecimal>> {
    @Override
    public Arbitrary<Set<BigDecimal>> get() {
      return bigDecimals().set().ofMinSize(1).ofMaxSize(5);
    }
  }

  public static final class FiniteFloats implements ArbitrarySupplier<Float> {
    @Override
    public Arbitrary<Float> get() {
      return finiteFloats();
    }
  }

  public static final class FiniteDoubles implements ArbitrarySupplier<Double> {
    @Override
    public Arbitrary<Double> get() {
      return finiteDoubles();
    }
  }

  public static final class BigDecimals implements ArbitrarySupplier<BigDecimal> {
    @Override
    public Arbitrary<BigDecimal> get() {
      return bigDecimals();
    }
  }

  public static final class BigIntegers implements ArbitrarySupplier<BigInteger> {
    @Override
    public Arbitrary<BigInteger> get() {
      return bigIntegers();
    }
  }

  public static final class Uuids implements ArbitrarySupplier<UUID> {
    @Override
    public Arbitrary<UUID> get() {
      return uuids();
    }
  }

  public static final class Instants implements ArbitrarySupplier<Instant> {
    @Override
    public Arbitrary<Instant> get() {
      return instants();
    }
  }

  public static final class LocalDates implements ArbitrarySupplier<LocalDate> {
    @Override
    public Arbitrary<LocalDate> get() {
      return localDates();
    }
  }

  public static final class LocalDateTimes implements ArbitrarySupplier<LocalDateTime> {
    @Override
    public Arbitrary<LocalDateTime> get() {
      return localDateTimes();
    }
  }

  public static final class LocalTimes implements ArbitrarySupplier<LocalTime> {
    @Override
    public Arbitrary<LocalTime> get() {
      return localTimes();
    }
  }

  public static final class OffsetDateTimes implements ArbitrarySupplier<OffsetDateTime> {
    @Override
    public Arbitrary<OffsetDateTime> get() {
      return offsetDateTimes();
    }
  }

  public static final class ZonedDateTimes implements ArbitrarySupplier<ZonedDateTime> {
    @Override
    public Arbitrary<ZonedDateTime> get() {
      return zonedDateTimes();
    }
  }

  public static final class Periods implements ArbitrarySupplier<Period> {
    @Override
    public Arbitrary<Period> get() {
      return periods();
    }
  }

  public static final class ZoneIds implements ArbitrarySupplier<ZoneId> {
    @Override
    public Arbitrary<ZoneId> get() {
      return zoneIds();
    }
  }

  public static final class MonthDays implements ArbitrarySupplier<MonthDay> {
    @Override
    public Arbitrary<MonthDay> get() {
      return monthDays();
    }
  }

  public static final class Durations implements ArbitrarySupplier<Duration> {
    @Override
    public Arbitrary<Duration> get() {
      return durations();
    }
  }

  private static Arbitrary<Integer> nanos() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 999_999_999),
        Arbitraries.integers().between(0, 999).map(millis -> millis * 1_000_000),
        Arbitraries.just(0));
  }
}
