package io.dynagen.runtime;

import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
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
import java.util.TreeSet;
import java.util.UUID;

/**
 * Generators over the whole range of each type Dynagen stores, extremes included (year
 * -999999999, Long.MIN_VALUE seconds, 38-digit decimals), shared by the Codecs properties, the
 * differential tests against the Enhanced Client and the plain-value properties.
 */
public final class ValueGens {
  private ValueGens() {}

  /** The region ids, sorted: the JDK's set has no stable order, and a seed must replay the same zone. */
  private static final List<String> REGIONS = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

  public static Gen<Instant> instants() {
    return Gen.combine(Gens.longs(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()), nanos(), Instant::ofEpochSecond);
  }

  public static Gen<LocalDate> localDates() {
    return Gens.longs(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  public static Gen<LocalTime> localTimes() {
    // Whole seconds and minutes too: toString() shortens those (12:00, 12:00:05), which must parse back.
    return Gen.oneOf(
        Gens.longs(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay),
        Gens.ints(0, 86_399).map(LocalTime::ofSecondOfDay),
        Gens.ints(0, 1_439).map(minutes -> LocalTime.ofSecondOfDay(minutes * 60L)));
  }

  public static Gen<LocalDateTime> localDateTimes() {
    return Gen.combine(localDates(), localTimes(), LocalDateTime::of);
  }

  public static Gen<ZoneOffset> offsets() {
    return Gens.ints(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds);
  }

  public static Gen<ZoneId> zoneIds() {
    return Gen.oneOf(Gen.withEdges(Gen.of(REGIONS), "UTC", "Europe/Paris").map(ZoneId::of), offsets());
  }

  public static Gen<OffsetDateTime> offsetDateTimes() {
    return Gen.combine(localDateTimes(), offsets(), OffsetDateTime::of);
  }

  /** Within years ±100000, where every zone's rules are defined (ZonedDateTime.of needs them). */
  public static Gen<ZonedDateTime> zonedDateTimes() {
    Gen<LocalDateTime> dateTimes = Gen.combine(
        Gens.longs(LocalDate.of(-100_000, 1, 1).toEpochDay(), LocalDate.of(100_000, 1, 1).toEpochDay()).map(LocalDate::ofEpochDay),
        localTimes(),
        LocalDateTime::of);
    return Gen.combine(dateTimes, zoneIds(), ZonedDateTime::of);
  }

  public static Gen<Duration> durations() {
    return Gen.oneOf(
        Gen.combine(Gens.longs(), nanos(), Duration::ofSeconds),
        Gens.longs().map(Duration::ofNanos),
        Gens.longs(-100_000, 100_000).map(Duration::ofMillis));
  }

  public static Gen<Period> periods() {
    Gen<Integer> amounts = Gens.ints();
    return source -> Period.of(amounts.next(source), amounts.next(source), amounts.next(source));
  }

  public static Gen<MonthDay> monthDays() {
    return Gens.ints(1, 366).map(day -> MonthDay.from(LocalDate.ofYearDay(2024, day)));
  }

  public static Gen<UUID> uuids() {
    return Gen.combine(Gens.longs(), Gens.longs(), UUID::new);
  }

  /** Up to 38 digits, DynamoDB's precision, at any scale from -100 to 100 (123.4500, 1E+50). */
  public static Gen<BigDecimal> bigDecimals() {
    return Gen.combine(bigIntegers(), Gens.ints(-100, 100), BigDecimal::new);
  }

  public static Gen<BigInteger> bigIntegers() {
    return Gens.bigIntegers(38);
  }

  public static Gen<Set<BigDecimal>> bigDecimalSets() {
    return bigDecimals().set(1, 5);
  }

  private static Gen<Integer> nanos() {
    return Gen.oneOf(Gens.ints(0, 999_999_999), Gens.ints(0, 999).map(millis -> millis * 1_000_000), Gen.constant(0));
  }
}
