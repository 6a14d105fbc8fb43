package io.dynagen.runtime.metrics;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Capacity units DynamoDB reports as consumed, summed over any number of responses (pages of a
 * query, requests of a batch, operations of a whole job). Immutable; {@link #plus} adds two.
 *
 * <p>{@link #total()} is always filled when DynamoDB was asked for capacity ({@code
 * ReturnConsumedCapacity} {@code TOTAL} or {@code INDEXES}). Read and write units, the split per
 * table and per index, come only with {@code INDEXES}; DynamoDB Local and some operations leave
 * the read/write split out, so those sums may be zero while {@link #total()} is not.
 *
 * @param total capacity units consumed in all, over every table and index
 * @param read read capacity units, where DynamoDB reports them
 * @param write write capacity units, where DynamoDB reports them
 * @param byTable units per table name (the table with its indexes)
 * @param byIndex units per index, keyed {@code table/index} (with {@code INDEXES} only)
 */
public record CapacityUsage(
    double total, double read, double write, Map<String, Double> byTable, Map<String, Double> byIndex) {
  /** Nothing consumed, or nothing reported. */
  public static final CapacityUsage NONE = new CapacityUsage(0, 0, 0, Map.of(), Map.of());

  /**
   * Copies the maps, sorted by name, so that usages compare and print the same way.
   *
   * @param total capacity units consumed in all, over every table and index
   * @param read read capacity units, where DynamoDB reports them
   * @param write write capacity units, where DynamoDB reports them
   * @param byTable units per table name (the table with its indexes)
   * @param byIndex units per index, keyed {@code table/index} (with {@code INDEXES} only)
   */
  public CapacityUsage {
    byTable = Collections.unmodifiableMap(new TreeMap<>(byTable));
    byIndex = Collections.unmodifiableMap(new TreeMap<>(byIndex));
  }

  /**
   * {@return the sum of what these responses report (the SDK's {@code consumedCapacity()} of each)}
   *
   * @param reported what DynamoDB reported
   */
  public static CapacityUsage of(Collection<ConsumedCapacity> reported) {
    CapacityUsage sum = NONE;
    for (ConsumedCapacity one : reported) {
      sum = sum.plus(of(one));
    }
    return sum;
  }

  /**
   * {@return what one response reports; {@link #NONE} for {@code null} (capacity not asked for)}
   *
   * @param reported what DynamoDB reported
   */
  public static CapacityUsage of(ConsumedCapacity reported) {
    if (reported == null) {
      return NONE;
    }
    String table = reported.tableName();
    double total = orZero(reported.capacityUnits());
    Map<String, Double> byIndex = new TreeMap<>();
    addIndexes(byIndex, table, reported.globalSecondaryIndexes());
    addIndexes(byIndex, table, reported.localSecondaryIndexes());
    return new CapacityUsage(
        total,
        orZero(reported.readCapacityUnits()),
        orZero(reported.writeCapacityUnits()),
        table == null ? Map.of() : Map.of(table, total),
        byIndex);
  }

  private static void addIndexes(Map<String, Double> byIndex, String table, Map<String, Capacity> indexes) {
    if (indexes != null) {
      indexes.forEach((index, used) -> byIndex.merge(table + "/" + index, orZero(used.capacityUnits()), Double::sum));
    }
  }

  private static double orZero(Double units) {
    return units == null ? 0 : units;
  }

  /**
   * {@return this usage and {@code other} added up}
   *
   * @param other the other usage
   */
  public CapacityUsage plus(CapacityUsage other) {
    if (other.equals(NONE)) {
      return this;
    }
    if (equals(NONE)) {
      return other;
    }
    Map<String, Double> tables = new TreeMap<>(byTable);
    other.byTable.forEach((name, units) -> tables.merge(name, units, Double::sum));
    Map<String, Double> indexes = new TreeMap<>(byIndex);
    other.byIndex.forEach((name, units) -> indexes.merge(name, units, Double::sum));
    return new CapacityUsage(total + other.total, read + other.read, write + other.write, tables, indexes);
  }

  /**
   * Units consumed on {@code table} (its own and its indexes'), zero if none reported.
   *
   * @param table the table's name
   * @return the units, or zero
   */
  public double table(String table) {
    return byTable.getOrDefault(table, 0.0);
  }

  /**
   * Units consumed on index {@code index} of {@code table}, zero if none reported.
   *
   * @param table the table's name
   * @param index the index's name
   * @return the units, or zero
   */
  public double index(String table, String index) {
    return byIndex.getOrDefault(table + "/" + index, 0.0);
  }
}
