package io.dynagen.example.daoreview;

import io.dynagen.annotations.Dao;
import io.dynagen.annotations.Filter;
import io.dynagen.runtime.expr.Update;
import io.dynagen.runtime.table.read.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The shapes of issue #14 over {@link Ticket}, as docs/daos.md describes them. */
@Dao(Ticket.class)
public interface TicketDao {
  /** A ticket's key and title: a projection. */
  record Headline(String projectId, long number, String title) {}

  /** A ticket's number and its Optional resolution: a projection of an Optional. */
  record Resolution(long number, Optional<String> resolution) {}

  TicketTable table();

  Optional<Ticket> get(String projectId, long number);

  Optional<Ticket> findByProjectIdAndNumber(String projectId, long number);

  List<Ticket> findByProjectIdAndNumberIn(String projectId, Collection<Long> numbers);

  Ticket save(Ticket ticket);

  void put(Ticket ticket);

  void delete(Ticket ticket);

  void deleteByProjectIdAndNumber(String projectId, long number);

  Optional<Ticket> removeByProjectIdAndNumber(String projectId, long number);

  boolean existsByProjectIdAndNumber(String projectId, long number);

  boolean existsByAssignee(String assignee);

  long countByProjectId(String projectId);

  long countByProjectIdAndStatus(String projectId, @Filter Ticket.Status status);

  List<Ticket> findByProjectId(String projectId);

  List<Ticket> findByProjectIdAndNumberLessThan(String projectId, long number);

  List<Ticket> findByProjectIdAndNumberLessThanEqual(String projectId, long number);

  List<Ticket> findByProjectIdAndNumberGreaterThan(String projectId, long number);

  List<Ticket> findByProjectIdAndNumberGreaterThanEqual(String projectId, long number);

  List<Ticket> findByProjectIdAndNumberBetween(String projectId, long low, long high);

  Stream<Ticket> streamByProjectIdOrderByNumberDesc(String projectId);

  Iterable<Ticket> findByAssigneeAndUpdatedAtBetween(String assignee, Instant from, Instant to);

  Page<Ticket> findByProjectId(String projectId, String cursor, int pageSize);

  Page<Ticket> findByProjectIdOrderByNumberDesc(String projectId, String cursor, int pageSize);

  Optional<Ticket> findFirstByAssigneeOrderByUpdatedAtDesc(String assignee);

  List<Ticket> findByProjectIdAndPriorityGreaterThanEqual(String projectId, int priority);

  List<Ticket> findByStatusAndTitleBeginsWith(Ticket.Status status, String prefix);

  List<Ticket> findByProjectIdAndTagsContains(String projectId, @Filter String tag);

  List<Headline> findHeadlinesByProjectId(String projectId);

  Optional<Headline> findHeadlineByProjectIdAndNumber(String projectId, long number);

  List<Resolution> findResolutionsByProjectIdAndNumberGreaterThan(String projectId, long number);

  /** What no name says: closes a ticket with a resolution, through the generated table. */
  default Ticket close(String projectId, long number, String resolution) {
    return table().update(projectId, number,
        Update.of(Ticket_.status.set(Ticket.Status.CLOSED), Ticket_.resolution.set(resolution)));
  }
}
