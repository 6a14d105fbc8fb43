package io.dynagen.example.review;

import io.dynagen.annotations.AtomicCounter;
import io.dynagen.annotations.AutoTimestamp;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.Table;
import io.dynagen.annotations.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A mutable bean with every value Dynagen writes itself (a version, a counter, a timestamp), a
 * nested document and a list, a set and a map.
 */
@Table(name = "review_ledgers")
public class Ledger {
  private String id;
  private String owner;
  private Long version;
  private Long entries;
  private Instant touchedAt;
  private Origin origin;
  private List<Integer> amounts;
  private Set<String> tags;
  private Map<String, Long> totals;

  public Ledger() {}

  Ledger(String id, String owner, Origin origin, List<Integer> amounts, Set<String> tags, Map<String, Long> totals) {
    this.id = id;
    this.owner = owner;
    this.origin = origin;
    this.amounts = amounts;
    this.tags = tags;
    this.totals = totals;
  }

  @PartitionKey
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  @Version
  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  @AtomicCounter
  public Long getEntries() {
    return entries;
  }

  public void setEntries(Long entries) {
    this.entries = entries;
  }

  @AutoTimestamp
  public Instant getTouchedAt() {
    return touchedAt;
  }

  public void setTouchedAt(Instant touchedAt) {
    this.touchedAt = touchedAt;
  }

  public Origin getOrigin() {
    return origin;
  }

  public void setOrigin(Origin origin) {
    this.origin = origin;
  }

  public List<Integer> getAmounts() {
    return amounts;
  }

  public void setAmounts(List<Integer> amounts) {
    this.amounts = amounts;
  }

  public Set<String> getTags() {
    return tags;
  }

  public void setTags(Set<String> tags) {
    this.tags = tags;
  }

  public Map<String, Long> getTotals() {
    return totals;
  }

  public void setTotals(Map<String, Long> totals) {
    this.totals = totals;
  }

  /** Everything but the key and the timestamp, which a sync and an async write of twins do not share. */
  List<Object> contents() {
    return Arrays.asList(owner, version, entries, origin, amounts, tags, totals);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ledger that && Objects.equals(id, that.id) && contents().equals(that.contents())
        && Objects.equals(touchedAt, that.touchedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, contents());
  }

  @Override
  public String toString() {
    return id + contents() + touchedAt;
  }
}
