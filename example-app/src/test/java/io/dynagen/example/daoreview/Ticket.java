package io.dynagen.example.daoreview;

import io.dynagen.annotations.IndexPartitionKey;
import io.dynagen.annotations.IndexSortKey;
import io.dynagen.annotations.LocalIndexSortKey;
import io.dynagen.annotations.PartitionKey;
import io.dynagen.annotations.SortKey;
import io.dynagen.annotations.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An issue tracker's ticket, numbered per project: a user's model of its own, written from
 * docs/daos.md alone. Keys (projectId, number); global index {@code by-assignee} (assignee,
 * updatedAt); global index {@code by-status} (status, title); local index {@code by-priority}
 * (projectId, priority).
 */
@Table(name = "tickets")
public record Ticket(
    @PartitionKey String projectId,
    @SortKey long number,
    @IndexSortKey("by-status") String title,
    @IndexPartitionKey("by-assignee") String assignee,
    @IndexSortKey("by-assignee") Instant updatedAt,
    @LocalIndexSortKey("by-priority") int priority,
    @IndexPartitionKey("by-status") Status status,
    Set<String> tags,
    Optional<String> resolution) {

  /** Where a ticket is. */
  public enum Status { OPEN, IN_PROGRESS, CLOSED }

  Ticket withStatus(Status newStatus) {
    return new Ticket(projectId, number, title, assignee, updatedAt, priority, newStatus, tags, resolution);
  }
}
