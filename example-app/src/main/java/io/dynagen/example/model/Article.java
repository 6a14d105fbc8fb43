package io.dynagen.example.model;

import io.dynagen.annotations.AtomicCounter;
import io.dynagen.annotations.AutoTimestamp;
import io.dynagen.annotations.GeneratedUuid;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.Table;
import io.dynagen.annotations.Ttl;
import io.dynagen.annotations.Version;
import java.time.Instant;

/**
 * An article whose bookkeeping Dynagen does: its id is a generated UUID, its version guards
 * concurrent edits, it knows when it was created and last written, every update awards it
 * points, and it expires when {@code expiresAt} passes.
 */
@Table(name = "articles")
public record Article(
    @PartitionKey @GeneratedUuid String id,
    String title,
    int likes,
    @Version Long version,
    @AutoTimestamp(AutoTimestamp.When.CREATE) Instant createdAt,
    @AutoTimestamp Instant updatedAt,
    @AtomicCounter(start = 100, delta = 10) Long points,
    @Ttl Instant expiresAt) {

  /** A new article: no id, version, timestamps or points yet. */
  public static Article draft(String title) {
    return new Article(null, title, 0, null, null, null, null, null);
  }

  public Article withTitle(String newTitle) {
    return new Article(id, newTitle, likes, version, createdAt, updatedAt, points, expiresAt);
  }

  public Article withLikes(int newLikes) {
    return new Article(id, title, newLikes, version, createdAt, updatedAt, points, expiresAt);
  }

  public Article withExpiresAt(Instant newExpiresAt) {
    return new Article(id, title, likes, version, createdAt, updatedAt, points, newExpiresAt);
  }
}
