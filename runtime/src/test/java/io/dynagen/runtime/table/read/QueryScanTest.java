package io.dynagen.runtime.table.read;

import static io.dynagen.runtime.table.UsersTables.JANEDOERING;
import static io.dynagen.runtime.table.UsersTables.JOHNDOE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.expr.Encoders;
import io.dynagen.runtime.expr.EnumEncoder;
import io.dynagen.runtime.expr.SortKeyCondition;
import io.dynagen.runtime.table.TypedIndex;
import io.dynagen.runtime.table.TypedTable;
import io.dynagen.runtime.table.UsersTables;
import io.dynagen.runtime.testmodel.AccountType;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Queries of the table, a global and a local index, and scans, on the walk-through's data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryScanTest {
  /** One partition with five sort keys and ages, for sort key conditions and the local index. */
  private static final List<TestUser> FAMILY =
      List.of(
          TestUser.of("family", "Adams", "Ann", 50, AccountType.standard_user),
          TestUser.of("family", "Baker", "Bob", 20, AccountType.standard_user),
          TestUser.of("family", "Carter", "Cat", 45, AccountType.super_user),
          TestUser.of("family", "Dalton", "Dan", 30, AccountType.standard_user),
          TestUser.of("family", "Doyle", "Dee", 10, AccountType.standard_user));

  private static final EnumEncoder<AccountType> TYPE = new EnumEncoder<>();

  private final TypedTable<TestUser> users = UsersTables.create("queries");

  QueryScanTest() {
    users.put(JOHNDOE);
    users.put(JANEDOERING);
    for (int i = 0; i < 10; i++) {
      users.put(new TestUser("user" + i, "unknown", "unknown", null, AccountType.anonymous, null, null, null, null, null, null, null));
    }
    FAMILY.forEach(users::put);
  }

  @AfterAll
  void dropTable() {
    users.deleteTable();
  }

  private Query<TestUser> family() {
    return users.query("family", Encoders.STRING);
  }

  private List<String> lastNames(Query<TestUser> query) {
    return query.stream().map(TestUser::lastName).toList();
  }

  @Test
  void queryByPartitionKey() {
    assertEquals(List.of(JOHNDOE), users.query("johndoe", Encoders.STRING).toList());
    assertEquals(List.of(), users.query("nobody", Encoders.STRING).toList());
  }

  @Test
  void sortKeyConditions() {
    assertEquals(List.of("Carter"), lastNames(family().sortKey(SortKeyCondition.eq("Carter"), Encoders.STRING)));
    assertEquals(List.of("Adams", "Baker"), lastNames(family().sortKey(SortKeyCondition.lt("Carter"), Encoders.STRING)));
    assertEquals(List.of("Adams", "Baker", "Carter"), lastNames(family().sortKey(SortKeyCondition.le("Carter"), Encoders.STRING)));
    assertEquals(List.of("Dalton", "Doyle"), lastNames(family().sortKey(SortKeyCondition.gt("Carter"), Encoders.STRING)));
    assertEquals(List.of("Carter", "Dalton", "Doyle"), lastNames(family().sortKey(SortKeyCondition.ge("Carter"), Encoders.STRING)));
    assertEquals(List.of("Baker", "Carter"), lastNames(family().sortKey(SortKeyCondition.between("B", "Czz"), Encoders.STRING)));
    assertEquals(List.of("Dalton", "Doyle"), lastNames(family().sortKey(SortKeyCondition.beginsWith("D"), Encoders.STRING)));
  }

  @Test
  void descendingFilterProjectionConsistentReadAndCount() {
    assertEquals(List.of("Doyle", "Dalton", "Carter", "Baker", "Adams"), lastNames(family().descending()));
    assertEquals(List.of("Adams", "Carter"), lastNames(family().filter(TestUser_.age.ge(40))));
    assertEquals(
        List.of("Carter"),
        lastNames(family().filter(TestUser_.age.ge(40)).filter(TestUser_.accountType.eq(AccountType.super_user))));
    TestUser projected = family().project(TestUser_.lastName, TestUser_.age).consistentRead().toList().get(0);
    assertEquals("Adams", projected.lastName());
    assertEquals(50, projected.age());
    assertNull(projected.firstName());
    assertEquals(5, family().count());
    assertEquals(2, family().filter(TestUser_.age.ge(40)).count());
    assertEquals(2, family().sortKey(SortKeyCondition.beginsWith("D"), Encoders.STRING).count());
  }

  @Test
  void globalIndexQuery() {
    TypedIndex<TestUser> byType = users.index(TestUserSchema.GLOBAL_INDEX);
    assertEquals(
        List.of("Carter", "Doering"),
        byType.query(AccountType.super_user, TYPE)
            .descending()
            .stream()
            .map(TestUser::lastName)
            .toList());
    assertEquals(
        List.of(JANEDOERING),
        byType.query(AccountType.super_user, TYPE)
            .sortKey(SortKeyCondition.gt(39), Encoders.INT)
            .filter(TestUser_.firstName.beginsWith("J"))
            .toList());
    // The anonymous users have no age, so the sparse index holds none of them.
    assertEquals(0, byType.query(AccountType.anonymous, TYPE).count());
    assertEquals(7, byType.scan().count());
  }

  @Test
  void localIndexQueryOrdersByTheIndexSortKey() {
    TypedIndex<TestUser> byAge = users.index(TestUserSchema.LOCAL_INDEX);
    assertEquals(
        List.of("Doyle", "Baker", "Dalton", "Carter", "Adams"),
        byAge.query("family", Encoders.STRING).consistentRead().stream().map(TestUser::lastName).toList());
    assertEquals(
        List.of("Dalton", "Carter"),
        byAge.query("family", Encoders.STRING).sortKey(SortKeyCondition.between(30, 45), Encoders.INT).stream().map(TestUser::lastName).toList());
  }

  @Test
  void aFilterOnAKeyOfWhatTheQueryReadsIsRefusedBeforeSending() {
    // DynamoDB answers these with a bare 400: "Filter Expression can only contain non-primary key attributes"
    IllegalArgumentException sortKey = assertThrows(IllegalArgumentException.class,
        () -> family().filter(TestUser_.lastName.beginsWith("D").or(TestUser_.age.gt(40))).toList());
    assertEquals("The filter of query of table '" + users.tableName() + "' names 'last_name', its sort key: DynamoDB"
        + " takes no key attribute of what a query reads in its filter; give the query a sort key condition instead"
        + " (query(partition, SortKeyCondition.eq(...)), beginsWith, between, ...), or for an OR of sort key values,"
        + " one query per value", sortKey.getMessage());
    IllegalArgumentException partitionKey = assertThrows(IllegalArgumentException.class,
        () -> family().filter(TestUser_.username.eq("family")).count());
    assertTrue(partitionKey.getMessage().contains("names 'username', its partition key"), partitionKey.getMessage());
    TypedIndex<TestUser> byType = users.index(TestUserSchema.GLOBAL_INDEX);
    IllegalArgumentException indexSortKey = assertThrows(IllegalArgumentException.class,
        () -> byType.query(AccountType.standard_user, TYPE).filter(TestUser_.age.gt(20)).toList());
    assertTrue(indexSortKey.getMessage().startsWith("The filter of query of table '" + users.tableName()
        + "' index 'by-type' names 'age', its sort key"), indexSortKey.getMessage());
  }

  @Test
  void aFilterMayNameTheTablesKeysInAQueryOfAnIndexAndAKeysNameInsideADocument() {
    TypedIndex<TestUser> byType = users.index(TestUserSchema.GLOBAL_INDEX);
    assertEquals(List.of("Adams", "Baker", "Dalton"), byType.query(AccountType.standard_user, TYPE)
        .filter(TestUser_.username.eq("family").and(TestUser_.lastName.lt("Doyle"))).stream()
        .map(TestUser::lastName).sorted().toList());
    assertEquals(List.of(), family().filter(TestUser_.scores.get("username").gt(1)).toList());
    assertEquals(5, users.scan().filter(TestUser_.username.eq("family")).count());
  }

  @Test
  void aConsistentReadOfAGlobalIndexKeepsTheServiceError() {
    DynamoDbException e =
        assertThrows(
            DynamoDbException.class,
            () -> users.index(TestUserSchema.GLOBAL_INDEX).scan().consistentRead().toList());
    assertEquals(400, e.statusCode());
  }

  @Test
  void anUnknownIndexIsNamedWithTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> users.index("by-name"));
    assertTrue(e.getMessage().contains("'by-name'") && e.getMessage().contains("'by-type', 'by-age'"), e.getMessage());
  }

  @Test
  void scansOfTheWalkThrough() {
    // Scan age < 27: johndoe (25) and Bob (20), Doyle (10); the anonymous users have no age.
    assertEquals(
        Set.of("johndoe/Doe", "family/Baker", "family/Doyle"),
        ids(users.scan().filter(TestUser_.age.lt(27)).toList()));
    assertEquals(
        Set.of("janedoering/Doering"),
        ids(users.scan().filter(TestUser_.firstName.beginsWith("J").and(TestUser_.accountType.eq(AccountType.super_user))).toList()));
    assertEquals(Set.of("johndoe/Doe"), ids(users.scan().filter(TestUser_.address.state.eq("CA")).toList()));
    assertEquals(10, users.scan().filter(TestUser_.age.notExists()).count());
    assertEquals(17, users.scan().count());
  }

  @Test
  void parallelScanSegmentsCoverEveryItemOnce() {
    List<TestUser> all = new ArrayList<>();
    for (int segment = 0; segment < 3; segment++) {
      all.addAll(users.scan().segment(segment, 3).toList());
    }
    assertEquals(17, all.size());
    assertEquals(17, new HashSet<>(all).size());
    assertThrows(IllegalArgumentException.class, () -> users.scan().segment(3, 3));
    assertThrows(IllegalArgumentException.class, () -> users.scan().segment(0, 0));
  }

  @Test
  void queryOptionsAreImmutable() {
    Query<TestUser> all = family();
    Query<TestUser> filtered = all.filter(TestUser_.age.gt(100));
    assertEquals(5, all.count());
    assertEquals(0, filtered.count());
    assertInstanceOf(Query.class, filtered.pageSize(1));
  }

  private static Set<String> ids(List<TestUser> found) {
    return found.stream().map(u -> u.username() + "/" + u.lastName()).collect(Collectors.toSet());
  }
}
