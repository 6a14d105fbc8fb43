package io.dynagen.processor;

import static io.dynagen.processor.Dynagen.assertOnlyError;
import static io.dynagen.processor.Dynagen.compile;

import org.junit.jupiter.api.Test;

/**
 * A first-time user's mistakes in a {@code @Dao} of a model of its own (an issue tracker's
 * tickets), each one error on the line at fault that says what is wrong and the fix.
 */
class TicketDaoMisuseTest {
  /**
   * Keys (projectId, number); global indexes by-status (status, title), by-assignee (assignee,
   * updatedAt) and by-assignee-priority (assignee, priority); local index by-priority.
   */
  private static final TestSource TICKET = TestSource.of("Ticket",
      "@Table(name = \"tickets\")",
      "public record Ticket(",
      "    @PartitionKey String projectId,",
      "    @SortKey long number,",
      "    @IndexSortKey(\"by-status\") String title,",
      "    @IndexPartitionKey({\"by-assignee\", \"by-assignee-priority\"}) String assignee,",
      "    @IndexSortKey(\"by-assignee\") java.time.Instant updatedAt,",
      "    @LocalIndexSortKey(\"by-priority\") @IndexSortKey(\"by-assignee-priority\") int priority,",
      "    @IndexPartitionKey(\"by-status\") Status status,",
      "    Set<String> tags,",
      "    Optional<String> resolution) {",
      "  public enum Status { OPEN, CLOSED }",
      "}");

  private static void assertMisuse(String tag, String line, String... words) {
    TestSource dao = TestSource.of("TicketDao",
        "import io.dynagen.runtime.table.read.Page;",
        "@Dao(Ticket.class) public interface TicketDao {",
        "  Optional<Ticket> get(String projectId, long number);",
        line + " // <-",
        "}");
    assertOnlyError(compile(TICKET, dao), dao, tag, words);
  }

  @Test
  void aSortKeyOfAnIndexAloneWouldNeedAScanAndTheClosestIndexIsNamed() {
    assertMisuse("dao-needs-scan", "  List<Ticket> findByTitle(String title);",
        "findByTitle would need a Scan: 'title' is the partition key of no table or index",
        "the closest is index 'by-status' (status, title), which needs 'status' first");
  }

  @Test
  void aMisspelledProperty() {
    assertMisuse("dao-unknown-property", "  List<Ticket> findByProjectIdAndPriorty(String projectId, int priority);",
        "'priorty', which is not a property of Ticket; did you mean 'priority'?");
  }

  @Test
  void betweenWithOneBound() {
    assertMisuse("dao-parameter-count", "  List<Ticket> findByProjectIdAndNumberBetween(String projectId, long low);",
        "takes 2 parameter(s) but its name asks for 3: (String projectId, long numberFrom, long numberTo)");
  }

  @Test
  void keysOutOfOrder() {
    assertMisuse("dao-parameter-order", "  List<Ticket> findByProjectIdAndNumber(long number, String projectId);",
        "Parameter 'number' of findByProjectIdAndNumber is compared with 'projectId'");
  }

  @Test
  void beginsWithOnANumberSortKey() {
    assertMisuse("dao-key-operator", "  List<Ticket> findByProjectIdAndNumberBeginsWith(String projectId, long number);",
        "begins_with applies to string and binary keys, and 'number' is stored as a number");
  }

  @Test
  void aSetIsNoReadShape() {
    assertMisuse("dao-return-type", "  Set<Ticket> findByProjectId(String projectId);",
        "findByProjectId returns Set<Ticket>, which a find cannot; return Optional<Ticket>, List<Ticket>");
  }

  @Test
  void twoIndexesOfTheSamePartitionKey() {
    assertMisuse("dao-ambiguous-index", "  List<Ticket> findByAssignee(String assignee);",
        "fits indexes 'by-assignee', 'by-assignee-priority' equally; name the one to read with @UseIndex");
  }

  @Test
  void aProjectionComponentThatIsNoProperty() {
    assertMisuse("dao-projection-component",
        "  record Bad(String projectId, long nmber) {} List<Bad> findBadsByProjectId(String projectId);",
        "whose component 'nmber' is not a property of Ticket; did you mean 'number'?");
  }

  @Test
  void aNonKeyConditionWithoutFilter() {
    assertMisuse("dao-implicit-filter", "  long countByProjectIdAndUpdatedAt(String projectId, java.time.Instant at);",
        "compares 'updatedAt', which is no key of the table (projectId, number) that it reads",
        "mark the parameter @Filter");
  }

  @Test
  void aBatchGetOfOneValue() {
    assertMisuse("dao-parameter-type", "  List<Ticket> findByProjectIdAndNumberIn(String projectId, long numbers);",
        "the In (batch get) of key 'number' is a Collection<Long>");
  }
}
