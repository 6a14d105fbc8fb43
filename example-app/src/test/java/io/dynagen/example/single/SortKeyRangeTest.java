package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.testing.Gens;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import io.dynagen.runtime.testing.RequestLog;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A condition on the first placeholder of a sort template ({@code at} of {@code T#{at}#{seq}},
 * {@code value} of {@code V#{value}}) selects, in one Query, exactly the items Java's comparison
 * selects: random instants with ties and 1 ns neighbours, random bounds taken from the stored
 * values and their neighbours, so that every boundary is tried with items on it whatever their
 * later placeholder. A failure names the seed that replays it ({@code -Ddynagen.seed=...}).
 */
class SortKeyRangeTest {
  private static final long FIRST_SECOND = -62_167_219_200L;
  private static final long LAST_SECOND = 253_402_300_799L;
  private static final Comparator<TimeReading> BY_TIME_THEN_SEQ =
      Comparator.comparing(TimeReading::at).thenComparing(TimeReading::seq);
  private static final AtomicInteger SERIES = new AtomicInteger();
  private static final RequestLog LOG = new RequestLog();
  private static ReadingTable readings;
  private static LedgerTable ledger;
  private static ShopItemTable shop;

  @BeforeAll
  static void createTable() {
    readings = ReadingTable.create(LocalDynamoDb.newClient(LOG), LocalDynamoDb.uniqueTableName("ranges"));
    readings.createTable();
    ledger = LedgerTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("ranges-ledger"));
    ledger.createTable();
    shop = ShopItemTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("ranges-shop"));
    shop.createTable();
  }

  @AfterAll
  static void deleteTable() {
    readings.deleteTable();
    ledger.deleteTable();
    shop.deleteTable();
  }

  @BeforeEach
  void forget() {
    LOG.clear();
  }

  /** A condition, and Java's reading of it. */
  private record Range<V>(SortKeyCondition<V> condition, Predicate<V> selects, String text) {}

  private static <V extends Comparable<V>> Range<V> range(Random random, List<V> bounds) {
    V a = bounds.get(random.nextInt(bounds.size()));
    V b = bounds.get(random.nextInt(bounds.size()));
    switch (random.nextInt(6)) {
      case 0:
        return new Range<>(SortKeyCondition.lt(a), v -> v.compareTo(a) < 0, "lt " + a);
      case 1:
        return new Range<>(SortKeyCondition.le(a), v -> v.compareTo(a) <= 0, "le " + a);
      case 2:
        return new Range<>(SortKeyCondition.gt(a), v -> v.compareTo(a) > 0, "gt " + a);
      case 3:
        return new Range<>(SortKeyCondition.ge(a), v -> v.compareTo(a) >= 0, "ge " + a);
      case 4:
        return new Range<>(SortKeyCondition.eq(a), v -> v.compareTo(a) == 0, "eq " + a);
      default:
        V low = a.compareTo(b) <= 0 ? a : b;
        V high = a.compareTo(b) <= 0 ? b : a;
        return new Range<>(SortKeyCondition.between(low, high),
            v -> v.compareTo(low) >= 0 && v.compareTo(high) <= 0, "between " + low + " and " + high);
    }
  }

  static Stream<Arguments> instants() {
    return RandomCases.of(25, Gens.randoms());
  }

  @Property
  void instants(Random random) {
    String series = "s" + SERIES.incrementAndGet();
    // A few instants, each with its 1 ns neighbours; the years' first and last among them at times.
    List<Instant> pool = new ArrayList<>();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      Instant at = Instant.ofEpochSecond(random.nextLong(FIRST_SECOND + 1, LAST_SECOND), random.nextInt(1_000_000_000));
      pool.addAll(List.of(at.minusNanos(1), at, at.plusNanos(1)));
    }
    if (random.nextInt(4) == 0) {
      pool.add(Instant.ofEpochSecond(FIRST_SECOND));
      pool.add(Instant.ofEpochSecond(LAST_SECOND, 999_999_999));
    }
    TreeSet<TimeReading> stored = new TreeSet<>(BY_TIME_THEN_SEQ);
    try (BatchWriter<TimeReading> writer = readings.timeReadings().batchWriter()) {
      for (int i = random.nextInt(30); i > 0; i--) {
        short seq = random.nextBoolean() ? (short) random.nextInt(-3, 4) : (short) random.nextInt();
        TimeReading reading = new TimeReading(series, pool.get(random.nextInt(pool.size())), seq);
        if (stored.add(reading)) { // a batch may not hold a key twice
          writer.put(reading);
        }
      }
    }
    Range<Instant> range = range(random, pool);
    List<TimeReading> expected = stored.stream().filter(r -> range.selects().test(r.at())).toList();
    LOG.clear();
    List<TimeReading> read = readings.timeReadings().query(series, range.condition()).toList();
    assertEquals(expected, read, range.text());
    assertEquals(List.of("Query"), LOG.operations(), range.text());
  }

  static Stream<Arguments> ints() {
    return RandomCases.of(25, Gens.randoms());
  }

  /** The placeholder last in its template, negative values and the type's ends included. */
  @Property
  void ints(Random random) {
    String series = "s" + SERIES.incrementAndGet();
    List<Integer> pool = new ArrayList<>(List.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1,
        Integer.MAX_VALUE - 1, Integer.MAX_VALUE));
    for (int i = 0; i < 6; i++) {
      int value = random.nextBoolean() ? random.nextInt(-20, 20) : random.nextInt();
      pool.add(value);
    }
    TreeSet<Integer> stored = new TreeSet<>();
    try (BatchWriter<IntReading> writer = readings.intReadings().batchWriter()) {
      for (int i = random.nextInt(15); i > 0; i--) {
        int value = pool.get(random.nextInt(pool.size()));
        if (stored.add(value)) {
          writer.put(new IntReading(series, value));
        }
      }
    }
    Range<Integer> range = range(random, pool);
    List<Integer> expected = stored.stream().filter(range.selects()).toList();
    LOG.clear();
    List<Integer> read = readings.intReadings().query(series, range.condition()).stream().map(IntReading::value).toList();
    assertEquals(expected, read, range.text());
    assertEquals(List.of("Query"), LOG.operations(), range.text());
  }

  @Test
  void anIntegerLiteralIsNarrowedToThePropertysType() {
    String series = "s" + SERIES.incrementAndGet();
    readings.intReadings().put(new IntReading(series, -5));
    readings.intReadings().put(new IntReading(series, 7));
    assertEquals(List.of(7), readings.intReadings().query(series, SortKeyCondition.gt(-5)).stream()
        .map(IntReading::value).toList());
    IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
        () -> readings.intReadings().query(series, SortKeyCondition.gt(1L << 40)).toList());
    assertTrue(tooBig.getMessage().contains("does not fit its type, Integer"), tooBig.getMessage());
  }

  @Test
  void betweenWithItsBoundsSwappedIsRefusedByName() {
    Instant later = Instant.parse("2024-05-01T00:00:00Z");
    IllegalArgumentException swapped = assertThrows(IllegalArgumentException.class,
        () -> readings.timeReadings().query("any", SortKeyCondition.between(later, later.minusNanos(1))).toList());
    assertTrue(swapped.getMessage().contains("'at' of TimeReading has its low bound above its high bound"),
        swapped.getMessage());
  }

  /** E#{number} and E#{number}#NOTE share their prefix: a range of one type never returns the other. */
  @Test
  void aRangeKeepsToItsTypeWhenAnotherSharesThePrefix() {
    for (int number = 1; number <= 6; number++) {
      ledger.entries().put(new Entry("acct", number, 100L * number));
      ledger.entryNotes().put(new EntryNote("acct", number, "note " + number));
    }
    assertEquals(List.of(4, 5), ledger.entries().query("acct", SortKeyCondition.between(4, 5)).stream()
        .map(Entry::number).toList());
    assertEquals(List.of(1, 2, 3), ledger.entries().query("acct", SortKeyCondition.le(3)).stream()
        .map(Entry::number).toList());
    assertEquals(List.of(5, 6), ledger.entryNotes().query("acct", SortKeyCondition.gt(4)).stream()
        .map(EntryNote::number).toList());
  }

  /** LINE#{orderId}#{lineNo}: a String first placeholder takes eq and beginsWith, not a range. */
  @Test
  void aStringPlaceholderTakesEqAndBeginsWithOnly() {
    for (String order : List.of("o-1", "o-10", "o-2")) {
      for (int line = 1; line <= 2; line++) {
        shop.orderLines().put(new OrderLine("c-1", order, line, "SKU", 1, new BigDecimal("1.25")));
      }
    }
    assertEquals(List.of("o-1/1", "o-1/2"), lines(shop.orderLines().query("c-1", SortKeyCondition.eq("o-1")).toList()));
    assertEquals(List.of("o-1/1", "o-1/2", "o-10/1", "o-10/2"),
        lines(shop.orderLines().query("c-1", SortKeyCondition.beginsWith("o-1")).toList()));
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
        () -> shop.orderLines().query("c-1", SortKeyCondition.lt("o-2")).toList());
    assertTrue(range.getMessage().contains("A range (<) on 'orderId' of OrderLine, a String"), range.getMessage());
    IllegalArgumentException separator = assertThrows(IllegalArgumentException.class,
        () -> shop.orderLines().query("c-1", SortKeyCondition.beginsWith("o-1#")).toList());
    assertTrue(separator.getMessage().contains("holds '#', the text after it"), separator.getMessage());
  }

  private static List<String> lines(List<OrderLine> lines) {
    return lines.stream().map(line -> line.orderId() + "/" + line.lineNo()).toList();
  }
}
