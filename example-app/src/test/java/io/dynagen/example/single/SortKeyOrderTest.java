package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynagen.runtime.table.batch.BatchWriter;
import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Numbers and instants inside sort-key templates sort in DynamoDB as they sort in Java: random
 * values (negative ones, MIN_VALUE and MAX_VALUE among the edge cases) are written to one
 * partition and read back by a query, in DynamoDB's order, which must be Java's. A failure names
 * the seed that replays it ({@code -Ddynagen.seed=...}).
 */
class SortKeyOrderTest {
  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years Dynagen writes at a fixed width. */
  private static final long FIRST_SECOND = -62_167_219_200L;
  private static final long LAST_SECOND = 253_402_300_799L;
  private static final AtomicInteger SERIES = new AtomicInteger();
  private static ReadingTable readings;

  @BeforeAll
  static void createTable() {
    readings = ReadingTable.create(LocalDynamoDb.client(), LocalDynamoDb.uniqueTableName("readings"));
    readings.createTable();
  }

  @AfterAll
  static void deleteTable() {
    readings.deleteTable();
  }

  private static String series() {
    return "s" + SERIES.incrementAndGet();
  }

  static Stream<Arguments> ints() {
    return RandomCases.of(12, Gens.ints().list(1, 30));
  }

  @Property
  void ints(List<Integer> values) {
    String series = series();
    // Written in the order drawn, each value once (a batch may not hold a key twice).
    try (BatchWriter<IntReading> writer = readings.intReadings().batchWriter()) {
      new LinkedHashSet<>(values).forEach(value -> writer.put(new IntReading(series, value)));
    }
    List<Integer> read = new ArrayList<>();
    readings.intReadings().query(series).forEach(reading -> read.add(reading.value()));
    assertEquals(new ArrayList<>(new TreeSet<>(values)), read);
  }

  static Stream<Arguments> longs() {
    return RandomCases.of(12, Gens.longs().list(1, 30));
  }

  @Property
  void longs(List<Long> values) {
    String series = series();
    try (BatchWriter<LongReading> writer = readings.longReadings().batchWriter()) {
      new LinkedHashSet<>(values).forEach(value -> writer.put(new LongReading(series, value)));
    }
    List<Long> read = new ArrayList<>();
    // Through the collection, read as the root type, as well as through the entity's query.
    readings.longCollection(series).forEach(reading -> read.add(((LongReading) reading).value()));
    assertEquals(new ArrayList<>(new TreeSet<>(values)), read);
  }

  private static final Comparator<TimeReading> BY_TIME_THEN_SEQ =
      Comparator.comparing(TimeReading::at).thenComparing(TimeReading::seq);

  static Stream<Arguments> instants() {
    Gen<Instant> instants = Gen.combine(Gens.longs(FIRST_SECOND, LAST_SECOND),
        Gens.ints(0, 999_999_999), Instant::ofEpochSecond);
    return RandomCases.of(12, Gen.combine(instants, Gens.shorts(), (at, seq) -> new TimeReading("", at, seq)).list(1, 30));
  }

  @Property
  void instants(List<TimeReading> drawn) {
    String series = series();
    TreeSet<TimeReading> expected = new TreeSet<>(BY_TIME_THEN_SEQ);
    try (BatchWriter<TimeReading> writer = readings.timeReadings().batchWriter()) {
      for (TimeReading reading : drawn) {
        TimeReading placed = new TimeReading(series, reading.at(), reading.seq());
        if (expected.add(placed)) { // one write per key: a batch may not hold a key twice
          writer.put(placed);
        }
      }
    }
    assertEquals(new ArrayList<>(expected), readings.timeReadings().query(series).toList());
  }
}
