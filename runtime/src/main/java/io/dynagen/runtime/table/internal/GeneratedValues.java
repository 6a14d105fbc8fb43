package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.Codecs;
import io.dynagen.runtime.GeneratedAttributes;
import io.dynagen.runtime.GeneratedAttributes.Counter;
import io.dynagen.runtime.GeneratedAttributes.Timestamp;
import io.dynagen.runtime.GeneratedAttributes.TimestampPolicy;
import io.dynagen.runtime.expr.AttributePath;
import io.dynagen.runtime.expr.ComparablePath;
import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.expr.UpdateAction;
import io.dynagen.runtime.expr.ValuePath;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Applies a table's {@link GeneratedAttributes} to its writes: fills in versions, timestamps,
 * UUIDs and counters, and gives the condition that makes a versioned write optimistic.
 *
 * <p>A version or counter of 0, or none, means "new": the first put of an object stores version
 * 1 and the counter's start. (A primitive {@code long} cannot say "none", so 0 says it.)
 */
public final class GeneratedValues {
  private final GeneratedAttributes attributes;
  private final KeyShape keys;
  private final Clock clock;

  public GeneratedValues(GeneratedAttributes attributes, KeyShape keys, Clock clock) {
    this.attributes = attributes;
    this.keys = keys;
    this.clock = clock;
  }

  public GeneratedValues withClock(Clock newClock) {
    return new GeneratedValues(attributes, keys, Objects.requireNonNull(newClock, "clock"));
  }

  /** True if writes of this table are sent as given. */
  public boolean isEmpty() {
    return attributes.isEmpty();
  }

  public boolean isVersioned() {
    return attributes.version() != null;
  }

  /**
   * Fills in the generated attributes of an item about to be put, in place, and gives the check
   * of its version ({@code null} for an unversioned table).
   */
  public VersionCheck beforePut(Map<String, AttributeValue> item) {
    for (String uuid : attributes.uuids()) {
      if (isAbsent(item.get(uuid))) {
        item.put(uuid, AttributeValue.createS(UUID.randomUUID().toString()));
      }
    }
    if (!attributes.timestamps().isEmpty()) {
      AttributeValue now = now();
      for (Timestamp timestamp : attributes.timestamps()) {
        if (timestamp.policy() == TimestampPolicy.EVERY_WRITE || isAbsent(item.get(timestamp.attribute()))) {
          item.put(timestamp.attribute(), now);
        }
      }
    }
    for (Counter counter : attributes.counters()) {
      if (isNew(item.get(counter.attribute()))) {
        item.put(counter.attribute(), AttributeValue.createN(Long.toString(counter.start())));
      }
    }
    VersionCheck check = versionOf(item);
    if (check != null) {
      item.put(check.attribute(), AttributeValue.createN(Long.toString(check.next())));
    }
    return check;
  }

  /**
   * The version an object was read with, to check on an update or delete of that object; {@code
   * null} for an unversioned table.
   */
  public VersionCheck versionOf(Map<String, AttributeValue> item) {
    String version = attributes.version();
    if (version == null) {
      return null;
    }
    AttributeValue value = item.get(version);
    return new VersionCheck(
        version, isNew(value) ? null : new BigDecimal(value.n()).longValue(), attributes.largestVersion());
  }

  /**
   * The condition every update of a versioned table carries, since DynamoDB adds the 1 itself
   * and would go past the largest version the Java type holds: the item has no version yet, or
   * one below that largest; {@code null} for an unversioned table.
   */
  public Condition versionBelowLargest() {
    String version = attributes.version();
    if (version == null) {
      return null;
    }
    ComparablePath<AttributeValue> path = new ComparablePath<>(null, version, Encoders.ATTRIBUTE_VALUE);
    return path.notExists().or(path.lt(AttributeValue.createN(Long.toString(attributes.largestVersion()))));
  }

  /**
   * The exception for an update refused because the stored version is at the largest its type
   * holds, or {@code null} if {@code stored} (the item as it stood) is not at it.
   */
  public IllegalStateException versionAtLargest(Map<String, AttributeValue> stored, String tableName) {
    String version = attributes.version();
    AttributeValue value = version == null || stored == null ? null : stored.get(version);
    if (value == null || value.n() == null
        || new BigDecimal(value.n()).compareTo(BigDecimal.valueOf(attributes.largestVersion())) < 0) {
      return null;
    }
    return new IllegalStateException(VersionCheck.overflow(version, value.n(), attributes.largestVersion(), tableName));
  }

  /**
   * The update plus the actions of the generated attributes: the version and counters go up by
   * DynamoDB's own arithmetic, timestamps are set, and a UUID is given to an item that has none.
   *
   * @throws IllegalArgumentException if the update itself changes a generated attribute
   */
  public Update beforeUpdate(Update update) {
    if (isEmpty()) {
      return update;
    }
    List<UpdateAction> actions = new ArrayList<>(update.actions());
    for (UpdateAction action : update.actions()) {
      rejectIfGenerated(action.path());
    }
    if (!attributes.timestamps().isEmpty()) {
      AttributeValue now = now();
      for (Timestamp timestamp : attributes.timestamps()) {
        ValuePath<AttributeValue> path = path(timestamp.attribute());
        actions.add(timestamp.policy() == TimestampPolicy.EVERY_WRITE ? path.set(now) : path.setIfAbsent(now));
      }
    }
    for (String uuid : attributes.uuids()) {
      if (!keys.isTableKey(uuid)) {
        actions.add(path(uuid).setIfAbsent(AttributeValue.createS(UUID.randomUUID().toString())));
      }
    }
    for (Counter counter : attributes.counters()) {
      actions.add(UpdateAction.count(path(counter.attribute()), counter.start(), counter.delta()));
    }
    if (attributes.version() != null) {
      actions.add(UpdateAction.count(path(attributes.version()), 0, 1));
    }
    return Update.of(actions);
  }

  /**
   * The annotation of {@code name} if every update writes it ({@code @Version}, {@code
   * @AutoTimestamp}, {@code @AtomicCounter}, a non-key {@code @GeneratedUuid}), else null.
   */
  String writtenOnUpdateBy(String name) {
    if (name.equals(attributes.version())) {
      return "@Version";
    } else if (isTimestamp(name)) {
      return "@AutoTimestamp";
    } else if (isCounter(name)) {
      return "@AtomicCounter";
    } else if (attributes.uuids().contains(name) && !keys.isTableKey(name)) {
      return "@GeneratedUuid";
    }
    return null;
  }

  private void rejectIfGenerated(AttributePath changed) {
    String annotation = writtenOnUpdateBy(changed.topLevelName());
    if (annotation != null) {
      throw new IllegalArgumentException(
          "The update changes '" + changed + "', which Dynagen writes itself on every update ("
              + annotation + "): remove that action");
    }
  }

  private boolean isTimestamp(String attribute) {
    for (Timestamp timestamp : attributes.timestamps()) {
      if (timestamp.attribute().equals(attribute)) {
        return true;
      }
    }
    return false;
  }

  private boolean isCounter(String attribute) {
    for (Counter counter : attributes.counters()) {
      if (counter.attribute().equals(attribute)) {
        return true;
      }
    }
    return false;
  }

  private static ValuePath<AttributeValue> path(String attribute) {
    return new ValuePath<>(null, attribute, Encoders.ATTRIBUTE_VALUE);
  }

  private AttributeValue now() {
    return Codecs.fromInstant(clock.instant(), "@AutoTimestamp");
  }

  private static boolean isAbsent(AttributeValue value) {
    return value == null || Boolean.TRUE.equals(value.nul());
  }

  private static boolean isNew(AttributeValue value) {
    return isAbsent(value) || value.n() == null || isZero(value.n());
  }

  private static boolean isZero(String number) {
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c != '0' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * The version a write expects to find: {@code expected}, or no item with a version at all
   * ({@code expected == null}, an object never written).
   */
  public record VersionCheck(String attribute, Long expected, long largest) {

    /**
     * The version the write stores.
     *
     * @throws IllegalStateException if that would go past the largest version the type holds
     */
    public long next() {
      checkCanGoUp(null);
      return expected == null ? 1 : expected + 1;
    }

    /**
     * Refuses, before anything is sent, a write that would take the version past the largest its
     * Java type holds (where a long would wrap around to {@code Long.MIN_VALUE}).
     */
    public void checkCanGoUp(String tableName) {
      if (expected != null && expected >= largest) {
        throw new IllegalStateException(overflow(attribute, Long.toString(expected), largest, tableName));
      }
    }

    static String overflow(String attribute, String version, long largest, String tableName) {
      return "The @Version '" + attribute + "'" + (tableName == null ? "" : " of an item in table '" + tableName + "'")
          + " is " + version + ", the largest its type holds (" + largest + "): another write would"
          + " overflow it, so nothing was sent. Delete the item and put it again to start over at"
          + " version 1" + (largest == Integer.MAX_VALUE ? ", or declare the version a long" : "");
    }

    /** The condition of the write: the stored version is still the expected one. */
    public Condition condition() {
      ValuePath<AttributeValue> path = path(attribute);
      return expected == null
          ? path.notExists()
          : path.eq(AttributeValue.createN(Long.toString(expected)));
    }

    /** The condition of a write: the caller's, if any, and this check. */
    public static Condition join(Condition callers, VersionCheck version) {
      if (version == null) {
        return callers;
      }
      return callers == null ? version.condition() : callers.and(version.condition());
    }

    /** The version of a stored item, or {@code null} if there is no item or it has none. */
    public Long found(Map<String, AttributeValue> stored) {
      AttributeValue value = stored == null ? null : stored.get(attribute);
      return value == null || value.n() == null ? null : new BigDecimal(value.n()).longValue();
    }

    /**
     * A version conflict in words, as every write of a stale object words it: {@code the object
     * was read at version 1, but the stored item has version 2}.
     *
     * @param expected the version the object carried, or null for a new object
     * @param found the version stored, or null
     * @param itemStored whether there was an item at all
     */
    public static String describeConflict(Long expected, Long found, boolean itemStored) {
      String stood = !itemStored
          ? "there is no such item"
          : found == null ? "the stored item has no version" : "the stored item has version " + found;
      return "the object was " + (expected == null ? "new (no version)" : "read at version " + expected)
          + ", but " + stood;
    }

    /** True if {@code stored} (the item as it stood when a write failed) has another version. */
    public boolean conflictsWith(Map<String, AttributeValue> stored) {
      return !Objects.equals(found(stored), expected);
    }
  }
}
