package io.dynagen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The attributes of a table whose values Dynagen writes itself, as the annotations of the mapped
 * class declare them: the {@code @Version} of optimistic locking, {@code @AutoTimestamp}s,
 * {@code @GeneratedUuid}s, {@code @AtomicCounter}s, and the {@code @Ttl} attribute DynamoDB
 * expires items by. A generated schema describes its table's with one constant; the table
 * operations apply them on every write. Immutable and thread-safe.
 */
public final class GeneratedAttributes {
  /** A table with none. */
  public static final GeneratedAttributes NONE = builder().build();

  /** When an {@code @AutoTimestamp} is written. */
  public enum TimestampPolicy {
    /** When the item is created: a put of an object without a value, or an update of no item. */
    CREATE,
    /** On every put and update. */
    EVERY_WRITE
  }

  /** An {@code @AutoTimestamp} attribute, stored as an ISO-8601 instant (S). */
  public record Timestamp(String attribute, TimestampPolicy policy) {
    /**
     * Checks that neither is null.
     *
     * @param attribute the attribute's stored name
     * @param policy when the timestamp is written
     */
    public Timestamp {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(policy, "policy");
    }
  }

  /**
   * An {@code @AtomicCounter} attribute (N): {@code start} when the item is created, plus
   * {@code delta} on every update, added by DynamoDB itself so that concurrent updates all count.
   */
  public record Counter(String attribute, long start, long delta) {
    /**
     * Checks that the attribute is not null.
     *
     * @param attribute the attribute's stored name
     * @param start the value the first update stores
     * @param delta what each update adds
     */
    public Counter {
      Objects.requireNonNull(attribute, "attribute");
    }
  }

  private final String version;
  private final long largestVersion;
  private final List<Timestamp> timestamps;
  private final List<String> uuids;
  private final List<Counter> counters;
  private final String timeToLive;

  private GeneratedAttributes(Builder builder) {
    this.version = builder.version;
    this.largestVersion = builder.largestVersion;
    this.timestamps = List.copyOf(builder.timestamps);
    this.uuids = List.copyOf(builder.uuids);
    this.counters = List.copyOf(builder.counters);
    this.timeToLive = builder.timeToLive;
  }

  /**
   * A builder of a description with no generated attribute yet.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return true if Dynagen writes no attribute of this table itself} */
  public boolean isEmpty() {
    return version == null && timestamps.isEmpty() && uuids.isEmpty() && counters.isEmpty();
  }

  /** {@return the {@code @Version} attribute (N), or {@code null}} */
  public String version() {
    return version;
  }

  /**
   * {@return the largest version the {@code @Version} property's Java type holds ({@code
   * Long.MAX_VALUE} or {@code Integer.MAX_VALUE}): a write that would go beyond it is refused
   * before it is sent}
   */
  public long largestVersion() {
    return largestVersion;
  }

  /** {@return the {@code @AutoTimestamp} attributes, in declaration order} */
  public List<Timestamp> timestamps() {
    return timestamps;
  }

  /** {@return the {@code @GeneratedUuid} attributes (S): a random UUID when a put has none} */
  public List<String> uuids() {
    return uuids;
  }

  /** {@return the {@code @AtomicCounter} attributes, in declaration order} */
  public List<Counter> counters() {
    return counters;
  }

  /** {@return the {@code @Ttl} attribute (N, epoch seconds), or {@code null}} */
  public String timeToLive() {
    return timeToLive;
  }

  /** Builds the description; generated schemas call it once, in a static initializer. */
  public static final class Builder {
    private String version;
    private long largestVersion = Long.MAX_VALUE;
    private final List<Timestamp> timestamps = new ArrayList<>();
    private final List<String> uuids = new ArrayList<>();
    private final List<Counter> counters = new ArrayList<>();
    private String timeToLive;

    private Builder() {}

    /**
     * A {@code long} or {@code Long} version.
     *
     * @param attribute the attribute's stored name
     * @return this builder
     */
    public Builder version(String attribute) {
      return version(attribute, Long.MAX_VALUE);
    }

    /**
     * A version whose Java type holds at most {@code largest} ({@code Integer.MAX_VALUE} for an int).
     *
     * @param attribute the attribute's stored name
     * @param largest the largest value of the version's Java type
     * @return this builder
     */
    public Builder version(String attribute, long largest) {
      this.version = Objects.requireNonNull(attribute, "attribute");
      this.largestVersion = largest;
      return this;
    }

    /**
     * An {@code @AutoTimestamp} written as {@code policy} says.
     *
     * @param attribute the attribute's stored name
     * @param policy when the timestamp is written
     * @return this builder
     */
    public Builder timestamp(String attribute, TimestampPolicy policy) {
      timestamps.add(new Timestamp(attribute, policy));
      return this;
    }

    /**
     * A {@code @GeneratedUuid}.
     *
     * @param attribute the attribute's stored name
     * @return this builder
     */
    public Builder uuid(String attribute) {
      uuids.add(Objects.requireNonNull(attribute, "attribute"));
      return this;
    }

    /**
     * An {@code @AtomicCounter} starting at {@code start}, going up by {@code delta}.
     *
     * @param attribute the attribute's stored name
     * @param start the value the first update stores
     * @param delta what each update adds
     * @return this builder
     */
    public Builder counter(String attribute, long start, long delta) {
      counters.add(new Counter(attribute, start, delta));
      return this;
    }

    /**
     * The {@code @Ttl} attribute.
     *
     * @param attribute the attribute's stored name
     * @return this builder
     */
    public Builder timeToLive(String attribute) {
      this.timeToLive = Objects.requireNonNull(attribute, "attribute");
      return this;
    }

    /** {@return the description of what was added} */
    public GeneratedAttributes build() {
      return new GeneratedAttributes(this);
    }
  }
}
