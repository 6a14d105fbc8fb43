package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.ComparablePath;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.table.read.Query;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Order is part of the encoding: for every orderable type Dynagen stores, DynamoDB Local's order
 * of the stored form is Java's order. Random values (seeded; the edge cases always) are put as
 * sort keys of a table and of its indexes; a query returns them in Java's order, ascending and
 * descending, and sort key conditions ({@code <}, {@code <=}, {@code >}, {@code >=}, {@code
 * BETWEEN}) and range filters select exactly the items Java's comparison selects.
 *
 * <p>Java's order here is the natural order, except where the documented rule says otherwise
 * (docs/encoding.md): strings and chars by code point (UTF-8 bytes), binary by unsigned bytes,
 * and {@code -0.0} equal to {@code 0.0}.
 *
 * <p>Replay a failure with {@code -Ddynagen.orderSeed=<seed>} (the seed is in the failure
 * message).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredOrderTest {
  private static final long SEED = Long.getLong("dynagen.orderSeed", new Random().nextLong());
  private static final int RANDOM_CASES = 5;
  private static final int ITEMS = 24;
  private static final int PIVOTS = 2;

  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the Instants Dynagen stores. */
  private static final long FIRST_SECOND = -62_167_219_200L;
  private static final long LAST_SECOND = 253_402_300_799L;

  private final OrderedTable table = OrderedTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("ordered"));

  StoredOrderTest() {
    table.createTable();
  }

  @AfterAll
  void dropTable() {
    table.deleteTable();
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of("edge values", -1L));
    for (int i = 0; i < RANDOM_CASES; i++) {
      cases.add(Arguments.of("random values, seed " + SEED + " case " + i, SEED + i));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void dynamoDbOrdersAndComparesStoredValuesAsJavaDoes(String name, long seed) {
    String group = "case" + seed;
    Random random = new Random(seed);
    List<Ordered> items = seed == -1L ? edgeItems(group) : randomItems(group, random);
    try {
      items.forEach(table::put);
      for (Dimension<?> dimension : dimensions()) {
        check(dimension, group, items, random);
      }
    } catch (AssertionError e) {
      throw new AssertionError(name + ": " + e.getMessage()
          + " (replay with -Ddynagen.orderSeed=" + SEED + ")", e);
    }
  }

  /** The case of the issue: an index sort key of Instants 10:15:30Z, 10:15:30.500Z and 10:15:31Z. */
  @Test
  void instantsWithAndWithoutAFractionSortInTimeOrderOnAnIndexSortKey() {
    Instant whole = Instant.parse("2024-05-03T10:15:30Z");
    Instant half = Instant.parse("2024-05-03T10:15:30.500Z");
    Instant next = Instant.parse("2024-05-03T10:15:31Z");
    for (Instant instant : List.of(half, whole, next)) {
      table.put(item("issue", instant.toString(), instant, 0, new byte[] {1}));
    }
    OrderedTable.ByInstantIndex index = table.byInstantIndex();

    assertEquals(List.of(whole, half, next), instants(index.query("issue")));
    assertEquals(List.of(next, half, whole), instants(index.query("issue").descending()));
    assertEquals(List.of(half, next), instants(index.query("issue", SortKeyCondition.gt(whole))));
    assertEquals(List.of(whole), instants(index.query("issue", SortKeyCondition.lt(half))));
    assertEquals(List.of(whole, half), instants(index.query("issue", SortKeyCondition.between(whole, half))));
    assertEquals(List.of(half, next), instants(table.query("issue").filter(Ordered_.instant.gt(whole))));
    assertEquals(List.of(whole), instants(table.query("issue").filter(Ordered_.instant.lt(half))));
  }

  private static List<Instant> instants(Query<Ordered> query) {
    List<Instant> instants = new ArrayList<>();
    query.forEach(item -> instants.add(item.instant()));
    return instants;
  }

  // ---------------------------------------------------------------- the checks

  private <V> void check(Dimension<V> dimension, String group, List<Ordered> items, Random random) {
    Map<String, V> expected = new LinkedHashMap<>();
    for (Ordered item : items) {
      expected.put(item.id(), dimension.value.apply(item));
    }
    Set<String> all = expected.keySet();
    assertSorted(dimension, dimension.all.apply(group), all, false);
    assertSorted(dimension, dimension.all.apply(group).descending(), all, true);

    List<V> values = new ArrayList<>(expected.values());
    for (int i = 0; i < PIVOTS; i++) {
      // A stored value (ties and bounds), or a fresh one (between stored values).
      V pivot = i % 2 == 0 ? values.get(random.nextInt(values.size())) : dimension.random.apply(random);
      V other = values.get(random.nextInt(values.size()));
      V low = dimension.order.compare(pivot, other) <= 0 ? pivot : other;
      V high = low == pivot ? other : pivot;
      assertSelects(dimension, group, "< " + pivot, expected, v -> dimension.order.compare(v, pivot) < 0,
          SortKeyCondition.lt(pivot), dimension.path.lt(pivot));
      assertSelects(dimension, group, "<= " + pivot, expected, v -> dimension.order.compare(v, pivot) <= 0,
          SortKeyCondition.le(pivot), dimension.path.le(pivot));
      assertSelects(dimension, group, "> " + pivot, expected, v -> dimension.order.compare(v, pivot) > 0,
          SortKeyCondition.gt(pivot), dimension.path.gt(pivot));
      assertSelects(dimension, group, ">= " + pivot, expected, v -> dimension.order.compare(v, pivot) >= 0,
          SortKeyCondition.ge(pivot), dimension.path.ge(pivot));
      assertSelects(dimension, group, "between " + low + " and " + high, expected,
          v -> dimension.order.compare(v, low) >= 0 && dimension.order.compare(v, high) <= 0,
          SortKeyCondition.between(low, high), dimension.path.between(low, high));
    }
  }

  /** The query returns every item, in the dimension's order (ties in any order). */
  private <V> void assertSorted(Dimension<V> dimension, Query<Ordered> query, Set<String> all, boolean descending) {
    List<Ordered> found = query.toList();
    Set<String> ids = new HashSet<>();
    for (Ordered item : found) {
      ids.add(item.id());
    }
    assertEquals(all, ids, dimension.name + ": the query returns every item");
    for (int i = 1; i < found.size(); i++) {
      V previous = dimension.value.apply(found.get(i - 1));
      V next = dimension.value.apply(found.get(i));
      int comparison = dimension.order.compare(previous, next);
      assertTrue(descending ? comparison >= 0 : comparison <= 0,
          dimension.name + (descending ? " descending" : " ascending") + ": " + show(previous)
              + " came before " + show(next));
    }
  }

  private <V> void assertSelects(Dimension<V> dimension, String group, String what, Map<String, V> expected,
      java.util.function.Predicate<V> selected, SortKeyCondition<V> keyCondition, Condition filter) {
    Set<String> want = new TreeSet<>();
    expected.forEach((id, value) -> {
      if (selected.test(value)) {
        want.add(id);
      }
    });
    assertEquals(want, ids(dimension.keyQuery.apply(group, keyCondition)),
        dimension.name + ": sort key condition " + what);
    // A scan: a query's filter may not name the table's own keys.
    assertEquals(want, ids(table.scan().filter(Ordered_.group.eq(group).and(filter))),
        dimension.name + ": filter " + what);
  }

  private static Set<String> ids(Iterable<Ordered> query) {
    Set<String> ids = new TreeSet<>();
    query.forEach(item -> ids.add(item.id()));
    return ids;
  }

  private static String show(Object value) {
    return value instanceof byte[] ? Arrays.toString((byte[]) value) : String.valueOf(value);
  }

  // ---------------------------------------------------------------- the dimensions

  /** One orderable type: how to read it from an item, Java's order, its index and path. */
  private record Dimension<V>(
      String name,
      Function<Ordered, V> value,
      Comparator<V> order,
      Function<Random, V> random,
      Function<String, Query<Ordered>> all,
      BiFunction<String, SortKeyCondition<V>, Query<Ordered>> keyQuery,
      ComparablePath<V> path) {}

  /** UTF-8 byte order, which is code point order (String.compareTo compares UTF-16 units). */
  private static final Comparator<String> CODE_POINTS = (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

  private List<Dimension<?>> dimensions() {
    return List.of(
        new Dimension<>("String (table sort key)", Ordered::id, CODE_POINTS, StoredOrderTest::randomString,
            table::query, table::query, Ordered_.id),
        new Dimension<>("Instant", Ordered::instant, Comparator.naturalOrder(), StoredOrderTest::randomInstant,
            g -> table.byInstantIndex().query(g), (g, c) -> table.byInstantIndex().query(g, c), Ordered_.instant),
        new Dimension<>("Instant (local index)", Ordered::instant, Comparator.naturalOrder(),
            StoredOrderTest::randomInstant, g -> table.localInstantIndex().query(g),
            (g, c) -> table.localInstantIndex().query(g, c), Ordered_.instant),
        new Dimension<>("LocalDate", Ordered::date, Comparator.naturalOrder(), StoredOrderTest::randomDate,
            g -> table.byDateIndex().query(g), (g, c) -> table.byDateIndex().query(g, c), Ordered_.date),
        new Dimension<>("LocalDateTime", Ordered::dateTime, Comparator.naturalOrder(),
            r -> LocalDateTime.ofInstant(randomInstant(r), ZoneOffset.UTC),
            g -> table.byDateTimeIndex().query(g), (g, c) -> table.byDateTimeIndex().query(g, c), Ordered_.dateTime),
        new Dimension<>("LocalTime", Ordered::time, Comparator.naturalOrder(), StoredOrderTest::randomTime,
            g -> table.byTimeIndex().query(g), (g, c) -> table.byTimeIndex().query(g, c), Ordered_.time),
        new Dimension<>("MonthDay", Ordered::monthDay, Comparator.naturalOrder(), StoredOrderTest::randomMonthDay,
            g -> table.byMonthDayIndex().query(g), (g, c) -> table.byMonthDayIndex().query(g, c), Ordered_.monthDay),
        new Dimension<>("Duration", Ordered::duration, Comparator.naturalOrder(), StoredOrderTest::randomDuration,
            g -> table.byDurationIndex().query(g), (g, c) -> table.byDurationIndex().query(g, c), Ordered_.duration),
        new Dimension<>("long", Ordered::count, Comparator.<Long>naturalOrder(), StoredOrderTest::randomLong,
            g -> table.byCountIndex().query(g), (g, c) -> table.byCountIndex().query(g, c), Ordered_.count),
        new Dimension<>("BigDecimal", Ordered::amount, Comparator.naturalOrder(), StoredOrderTest::randomDecimal,
            g -> table.byAmountIndex().query(g), (g, c) -> table.byAmountIndex().query(g, c), Ordered_.amount),
        // DynamoDB numbers have no negative zero: -0.0 is 0.
        new Dimension<>("double", Ordered::ratio, (a, b) -> Double.compare(a + 0.0, b + 0.0),
            StoredOrderTest::randomDouble,
            g -> table.byRatioIndex().query(g), (g, c) -> table.byRatioIndex().query(g, c), Ordered_.ratio),
        new Dimension<>("byte[]", Ordered::bytes, Arrays::compareUnsigned, StoredOrderTest::randomBytes,
            g -> table.byBytesIndex().query(g), (g, c) -> table.byBytesIndex().query(g, c), Ordered_.bytes),
        new Dimension<>("char", Ordered::letter, Comparator.<Character>naturalOrder(), StoredOrderTest::randomChar,
            g -> table.byLetterIndex().query(g), (g, c) -> table.byLetterIndex().query(g, c), Ordered_.letter));
  }

  // ---------------------------------------------------------------- the values

  private static Ordered item(String group, String id, Instant instant, long count, byte[] bytes) {
    return new Ordered(group, id, instant, LocalDate.ofInstant(instant, ZoneOffset.UTC),
        LocalDateTime.ofInstant(instant, ZoneOffset.UTC), LocalTime.ofInstant(instant, ZoneOffset.UTC),
        MonthDay.from(instant.atOffset(ZoneOffset.UTC)), Duration.ofSeconds(count), count,
        BigDecimal.valueOf(count), count, bytes, 'a');
  }

  private static List<Ordered> randomItems(String group, Random random) {
    Set<String> ids = new HashSet<>();
    List<Ordered> items = new ArrayList<>();
    while (items.size() < ITEMS) {
      String id = randomString(random);
      if (ids.add(id)) {
        items.add(new Ordered(group, id, randomInstant(random), randomDate(random),
            LocalDateTime.ofInstant(randomInstant(random), ZoneOffset.UTC), randomTime(random),
            randomMonthDay(random), randomDuration(random), randomLong(random), randomDecimal(random),
            randomDouble(random), randomBytes(random), randomChar(random)));
      }
    }
    return items;
  }

  /** Boundaries, and values whose toString() has a different width from their neighbours'. */
  private static List<Ordered> edgeItems(String group) {
    List<String> ids = List.of("a", "b", "z", "\u00e9", "\uE000", "\uFFFD", "\uD83D\uDE00", "a\uD83D\uDE00", "aa",
        "A", "0", "~");
    List<Instant> instants = List.of(Instant.parse("2024-05-03T10:15:30Z"), Instant.parse("2024-05-03T10:15:30.500Z"),
        Instant.parse("2024-05-03T10:15:31Z"), Instant.parse("2024-05-03T10:15:30.000001Z"),
        Instant.parse("2024-05-03T10:15:30.000000001Z"), Instant.parse("2024-05-03T10:15:00Z"),
        Instant.ofEpochSecond(FIRST_SECOND), Instant.ofEpochSecond(LAST_SECOND, 999_999_999), Instant.EPOCH,
        Instant.parse("1969-12-31T23:59:59.999Z"), Instant.parse("0999-01-01T00:00:00Z"), Instant.parse("2024-05-03T10:15:30.5Z"));
    List<LocalTime> times = List.of(LocalTime.MIDNIGHT, LocalTime.MAX, LocalTime.of(10, 15), LocalTime.of(10, 15, 0, 1),
        LocalTime.of(10, 15, 30), LocalTime.of(10, 15, 30, 500_000_000), LocalTime.NOON, LocalTime.of(0, 0, 1),
        LocalTime.of(23, 59), LocalTime.of(10, 14, 59, 999_999_999), LocalTime.of(9, 0), LocalTime.of(10, 15, 0, 100_000_000));
    List<Duration> durations = List.of(Duration.ZERO, Duration.ofMillis(-1500), Duration.ofMillis(1500), Duration.ofSeconds(-1),
        Duration.ofNanos(1), Duration.ofNanos(-1), Duration.ofSeconds(10), Duration.ofSeconds(9, 999_999_999),
        Duration.ofDays(-365), Duration.ofDays(36_500), Duration.ofSeconds(2), Duration.ofMillis(100));
    List<Long> longs = List.of(0L, -1L, 1L, Long.MIN_VALUE, Long.MAX_VALUE, 9L, 10L, -10L, 100L, -9L, 99L, 2L);
    List<BigDecimal> decimals = List.of(new BigDecimal("1.0"), new BigDecimal("1.00"), new BigDecimal("1"),
        new BigDecimal("-0.5"), new BigDecimal("1E+5"), new BigDecimal("99999"), new BigDecimal("0.000"),
        new BigDecimal("-1E-5"), new BigDecimal("12345678901234567890123456789012345678"),
        new BigDecimal("-12345678901234567890123456789012345678"), new BigDecimal("0.1"), new BigDecimal("10"));
    List<Double> doubles = List.of(0.0, -0.0, 1.0, -1.0, 0.1, 1e-5, 1e20, -1e20, 9.999e125, -9.999e125, 1e-129, 2.5);
    List<byte[]> bytes = List.of(new byte[] {0}, new byte[] {0x7f}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xff},
        new byte[] {0, 0}, new byte[] {1}, new byte[] {(byte) 0xff, 0}, new byte[] {(byte) 0x80, 0x7f},
        new byte[] {0x7f, (byte) 0xff}, new byte[] {2}, new byte[] {(byte) 0xfe}, new byte[] {1, 2, 3});
    List<Character> chars = List.of('a', 'A', 'z', '0', '\u00e9', '\uE000', '\uFFFD', '~', ' ', '\u07ff', '\u0800', 'b');
    List<Ordered> items = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Instant instant = instants.get(i);
      items.add(new Ordered(group, ids.get(i), instant, LocalDate.ofInstant(instants.get((i + 5) % 12), ZoneOffset.UTC),
          LocalDateTime.ofInstant(instants.get((i + 3) % 12), ZoneOffset.UTC), times.get(i),
          List.of(MonthDay.of(1, 1), MonthDay.of(12, 31), MonthDay.of(2, 29), MonthDay.of(10, 1)).get(i % 4),
          durations.get(i), longs.get(i), decimals.get(i), doubles.get(i), bytes.get(i), chars.get(i)));
    }
    return items;
  }

  /** Code points from ASCII, Latin-1, U+E000..U+FFFD (above surrogates in UTF-16) and beyond U+FFFF. */
  private static String randomString(Random random) {
    int length = 1 + random.nextInt(4);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append((char) ('a' + random.nextInt(3)));
        case 1 -> text.appendCodePoint(0xA0 + random.nextInt(0x60));
        case 2 -> text.appendCodePoint(0xE000 + random.nextInt(0x1FFE));
        default -> text.appendCodePoint(0x10000 + random.nextInt(0x10000));
      }
    }
    return text.toString();
  }

  /** Anywhere in 0000-9999, or within seconds of one moment with fractions of every width. */
  private static Instant randomInstant(Random random) {
    if (random.nextBoolean()) {
      long seconds = FIRST_SECOND + (long) (random.nextDouble() * (LAST_SECOND - FIRST_SECOND));
      return Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
    }
    int[] nanos = {0, 500_000_000, 1_000, 1, 100_000_000, random.nextInt(1_000_000_000)};
    return Instant.parse("2024-05-03T10:15:30Z").plusSeconds(random.nextInt(3) - 1).plusNanos(nanos[random.nextInt(nanos.length)]);
  }

  private static LocalDate randomDate(Random random) {
    return LocalDate.ofEpochDay(Math.floorDiv(FIRST_SECOND, 86_400) + random.nextInt(3_652_059));
  }

  /** Whole minutes and whole seconds often: their toString() is shorter. */
  private static LocalTime randomTime(Random random) {
    LocalTime time = LocalTime.ofNanoOfDay((long) (random.nextDouble() * LocalTime.MAX.toNanoOfDay()));
    switch (random.nextInt(3)) {
      case 0:
        return time.withSecond(0).withNano(0);
      case 1:
        return time.withNano(0);
      default:
        return time;
    }
  }

  private static MonthDay randomMonthDay(Random random) {
    return MonthDay.from(LocalDate.ofYearDay(2024, 1 + random.nextInt(366)));
  }

  private static Duration randomDuration(Random random) {
    long seconds = random.nextBoolean() ? random.nextInt(21) - 10 : random.nextLong() / 1_000;
    return Duration.ofSeconds(seconds, random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
  }

  private static long randomLong(Random random) {
    return random.nextBoolean() ? random.nextInt(201) - 100 : random.nextLong();
  }

  /** Up to 38 digits, any scale from 1E-10 to 1E+5, trailing zeros kept. */
  private static BigDecimal randomDecimal(Random random) {
    BigInteger unscaled = new BigInteger(1 + random.nextInt(120), random);
    return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(16) - 5);
  }

  /** Within DynamoDB's number range (1E-130 to 1E+126). */
  private static double randomDouble(Random random) {
    double magnitude = Math.pow(10, random.nextInt(200) - 100);
    return random.nextGaussian() * magnitude;
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[1 + random.nextInt(3)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** A char that is not a surrogate (a lone surrogate is no text: DynamoDB cannot store it). */
  private static char randomChar(Random random) {
    char c;
    do {
      c = (char) (0x20 + random.nextInt(0xFFDE));
    } while (Character.isSurrogate(c));
    return c;
  }
}
