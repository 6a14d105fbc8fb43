package io.dynagen.runtime.table.admin;

/**
 * Provisioned throughput for a table and each of its global secondary indexes, in capacity
 * units per second; tables are created on demand (pay per request) unless one is given.
 *
 * @param readUnits read capacity units, at least 1
 * @param writeUnits write capacity units, at least 1
 */
public record Capacity(long readUnits, long writeUnits) {
  /**
   * Checks that both are at least 1.
   *
   * @param readUnits read capacity units, at least 1
   * @param writeUnits write capacity units, at least 1
   */
  public Capacity {
    if (readUnits < 1 || writeUnits < 1) {
      throw new IllegalArgumentException(
          "Provisioned capacity of " + readUnits + " reads and " + writeUnits + " writes: both"
              + " must be at least 1");
    }
  }
}
