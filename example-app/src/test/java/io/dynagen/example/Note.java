package io.dynagen.example;

import io.dynagen.annotations.AutoTimestamp;
import io.dynagen.annotations.GeneratedUuid;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.Table;
import io.dynagen.annotations.Version;
import java.time.Instant;

/**
 * A mutable bean whose id, version and timestamp Dynagen writes, to show what a put does (and
 * does not do) to the object it is given.
 */
@Table(name = "notes")
public class Note {
  @PartitionKey @GeneratedUuid private String id;
  private String text;
  @Version private Long version;
  @AutoTimestamp private Instant updatedAt;

  public Note() {}

  public Note(String text) {
    this.text = text;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }
}
