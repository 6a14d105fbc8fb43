package io.dynagen.example.single;

import io.dynagen.annotations.AtomicCounter;
import io.dynagen.annotations.AutoTimestamp;
import io.dynagen.annotations.Entity;
import io.dynagen.annotations.GeneratedUuid;
import io.dynagen.annotations.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A task on a board, with every generated value an entity may have: a version checked on each
 * write, timestamps, a token generated once and a counter of updates.
 */
@Entity(partitionKey = "BOARD#{boardId}", sortKey = "TASK#{taskId}")
public record Task(
    String boardId,
    String taskId,
    String title,
    @Version Long version,
    @AutoTimestamp(AutoTimestamp.When.CREATE) Instant createdAt,
    @AutoTimestamp Instant updatedAt,
    @GeneratedUuid UUID token,
    @AtomicCounter(start = 100, delta = 5) Long edits) implements Board {

  /** A new task, never written: no version and no generated value yet. */
  public static Task fresh(String boardId, String taskId, String title) {
    return new Task(boardId, taskId, title, null, null, null, null, null);
  }

  /** {@return this task with another title, keeping its version and generated values} */
  public Task retitled(String newTitle) {
    return new Task(boardId, taskId, newTitle, version, createdAt, updatedAt, token, edits);
  }
}
