package io.dynagen.processor;

import static io.dynagen.processor.Dynagen.assertOnlyError;
import static io.dynagen.processor.Dynagen.compile;

import org.junit.jupiter.api.Test;

/** The rules about table keys, index keys and where key annotations may go. */
class KeyDiagnosticsTest {

  @Test
  void tableWithoutPartitionKey() {
    TestSource user = TestSource.of("User",
        "@Table // <-",
        "public record User(String name, int age) {}");
    assertOnlyError(compile(user), user, "missing-partition-key", "User", "@PartitionKey");
  }

  @Test
  void twoPartitionKeys() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @PartitionKey String email) {} // <-");
    assertOnlyError(compile(user), user, "duplicate-partition-key", "name, email", "@SortKey");
  }

  @Test
  void twoSortKeys() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @SortKey String first,",
        "    @SortKey String second) {} // <-");
    assertOnlyError(compile(user), user, "duplicate-sort-key", "first, second", "at most one sort key");
  }

  @Test
  void booleanPartitionKey() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(@PartitionKey boolean active) {} // <-");
    assertOnlyError(compile(user), user, "key-type",
        "Partition key 'active'", "BOOL", "string (S), number (N) or binary (B)", "String", "enum");
  }

  @Test
  void listSortKey() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @SortKey List<String> tags) {} // <-");
    assertOnlyError(compile(user), user, "key-type", "Sort key 'tags'", "stored as L");
  }

  @Test
  void documentPartitionKey() {
    TestSource address = TestSource.of("Address",
        "@Document public record Address(String city) {}");
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(@PartitionKey Address address) {} // <-");
    assertOnlyError(compile(user, address), user, "key-type", "Partition key 'address'", "stored as M");
  }

  @Test
  void setSortKey() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @SortKey Set<String> tags) {} // <-");
    assertOnlyError(compile(user), user, "key-type", "Sort key 'tags'", "stored as SS");
  }

  @Test
  void enumSortKeyIsRefusedBecauseNamesDoNotSortInDeclarationOrder() {
    TestSource task = TestSource.of("Task",
        "@Table",
        "public record Task(",
        "    @PartitionKey String owner,",
        "    @SortKey Priority priority) { // <-",
        "  public enum Priority { LOW, HIGH }",
        "}");
    assertOnlyError(compile(task), task, "unordered-sort-key",
        "Sort key 'priority'", "declaration order", "use a type whose stored form sorts", "partition key");
  }

  @Test
  void offsetDateTimeIndexSortKeyIsRefusedBecauseOffsetsDoNotSortInTimeOrder() {
    TestSource task = TestSource.of("Task",
        "@Table",
        "public record Task(",
        "    @PartitionKey String id,",
        "    @IndexPartitionKey(\"by-owner\") String owner,",
        "    @IndexSortKey(\"by-owner\") java.time.OffsetDateTime due) {} // <-");
    assertOnlyError(compile(task), task, "unordered-sort-key",
        "Index sort key 'due'", "offset", "an Instant instead of an OffsetDateTime");
  }

  @Test
  void uuidSortKeyIsRefusedBecauseItsTextSortsUnsigned() {
    TestSource task = TestSource.of("Task",
        "@Table",
        "public record Task(",
        "    @PartitionKey String owner,",
        "    @SortKey UUID id) {} // <-");
    assertOnlyError(compile(task), task, "unordered-sort-key", "Sort key 'id'", "UUID.compareTo");
  }

  @Test
  void unorderedTypesMayBePartitionKeys() {
    TestSource task = TestSource.of("Task",
        "@Table",
        "public record Task(",
        "    @PartitionKey UUID id,",
        "    @IndexPartitionKey(\"by-priority\") Priority priority,",
        "    @IndexSortKey(\"by-priority\") java.time.Instant due) {",
        "  public enum Priority { LOW, HIGH }",
        "}");
    com.google.testing.compile.CompilationSubject.assertThat(compile(task).compilation()).succeededWithoutWarnings();
  }

  @Test
  void convertedPartitionKey() {
    TestSource converter = TestSource.of("UpperConverter",
        "public class UpperConverter implements io.dynagen.runtime.AttributeConverter<String> {",
        "  public software.amazon.awssdk.services.dynamodb.model.AttributeValue toAttributeValue(String v) {",
        "    return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(v.toUpperCase());",
        "  }",
        "  public String fromAttributeValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {",
        "    return v.s();",
        "  }",
        "}");
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(@PartitionKey @Convert(UpperConverter.class) String name) {} // <-");
    assertOnlyError(compile(user, converter), user, "key-type", "Partition key 'name'", "@Convert");
  }

  @Test
  void mapIndexPartitionKey() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @IndexPartitionKey(\"by-tags\") Map<String, String> tags) {} // <-");
    assertOnlyError(compile(user), user, "key-type", "Index partition key 'tags'", "stored as M");
  }

  @Test
  void ignoredKey() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User {",
        "  @PartitionKey public String name;",
        "  @SortKey @Ignore public String email; // <-",
        "}");
    assertOnlyError(compile(user), user, "key-ignored", "'email'", "remove @Ignore");
  }

  @Test
  void keyInDocument() {
    TestSource address = TestSource.of("Address",
        "@Document",
        "public record Address(@PartitionKey String city) {} // <-");
    assertOnlyError(compile(address), address, "key-in-document", "@PartitionKey", "Address", "remove it");
  }

  @Test
  void keyOnStaticField() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public class User {",
        "  @PartitionKey public String name;",
        "  @SortKey public static String region; // <-",
        "}");
    assertOnlyError(compile(user), user, "static-member", "@SortKey", "'region'", "static");
  }

  @Test
  void indexSortKeyWithoutPartitionKeyOnTableWithoutSortKey() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @IndexSortKey(\"by-age\") int age) {} // <-");
    assertOnlyError(compile(user), user, "index-without-partition-key",
        "'by-age'", "@IndexPartitionKey(\"by-age\")", "@LocalIndexSortKey(\"by-age\")");
  }

  @Test
  void indexSortKeyAloneIsNoLongerALocalIndexEvenWithATableSortKey() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @SortKey String email,",
        "    @IndexSortKey(\"by-age\") int age) {} // <-");
    assertOnlyError(compile(user), user, "index-without-partition-key",
        "'by-age'", "@IndexPartitionKey(\"by-age\")", "write @LocalIndexSortKey(\"by-age\") instead");
  }

  @Test
  void indexSortKeyNamedCloseToAnotherIndexIsATypo() {
    TestSource order = TestSource.of("Order",
        "@Table",
        "public record Order(",
        "    @PartitionKey String customer,",
        "    @SortKey long number,",
        "    @IndexPartitionKey(\"by-status\") String status,",
        "    @IndexSortKey(\"by-statu\") java.time.Instant createdAt) {} // <-");
    assertOnlyError(compile(order), order, "index-name-typo",
        "'by-statu'", "@IndexSortKey", "did you mean 'by-status'?", "@LocalIndexSortKey");
  }

  @Test
  void indexPartitionKeyNamedCloseToACompleteIndexIsATypo() {
    TestSource order = TestSource.of("Order",
        "@Table",
        "public record Order(",
        "    @PartitionKey String customer,",
        "    @IndexPartitionKey(\"by-status\") String status,",
        "    @IndexSortKey(\"by-status\") java.time.Instant createdAt,",
        "    @IndexPartitionKey(\"by-sattus\") String state) {} // <-");
    assertOnlyError(compile(order), order, "index-name-typo",
        "'by-sattus'", "@IndexPartitionKey", "did you mean 'by-status'?");
  }

  @Test
  void distinctIndexNamesTwoEditsApartAreNotTypos() {
    TestSource order = TestSource.of("Order",
        "@Table",
        "public record Order(",
        "    @PartitionKey String customer,",
        "    @IndexPartitionKey(\"by-owner\") String owner,",
        "    @IndexSortKey(\"by-owner\") java.time.Instant createdAt,",
        "    @IndexPartitionKey(\"by-order\") String order) {}");
    com.google.testing.compile.CompilationSubject.assertThat(compile(order).compilation()).succeededWithoutWarnings();
  }

  @Test
  void localIndexNeedsATableSortKey() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @LocalIndexSortKey(\"by-age\") int age) {} // <-");
    assertOnlyError(compile(user), user, "local-index-without-table-sort-key",
        "'by-age'", "@SortKey", "@IndexPartitionKey(\"by-age\") and @IndexSortKey(\"by-age\")");
  }

  @Test
  void localIndexCannotHaveItsOwnPartitionKey() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @SortKey String email,",
        "    @IndexPartitionKey(\"by-age\") String city,",
        "    @LocalIndexSortKey(\"by-age\") int age) {} // <-");
    assertOnlyError(compile(user), user, "local-index-with-partition-key",
        "'by-age'", "'city'", "@IndexSortKey(\"by-age\")");
  }

  @Test
  void indexWithTwoPartitionKeys() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @IndexPartitionKey(\"by-place\") String city,",
        "    @IndexPartitionKey(\"by-place\") String country) {} // <-");
    assertOnlyError(compile(user), user, "duplicate-index-key", "'by-place'", "partition", "city", "country");
  }

  @Test
  void indexWithTwoSortKeys() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @IndexPartitionKey(\"by-city\") String city,",
        "    @IndexSortKey(\"by-city\") int age,",
        "    @IndexSortKey(\"by-city\") int height) {} // <-");
    assertOnlyError(compile(user), user, "duplicate-index-key", "'by-city'", "sort", "age", "height");
  }

  @Test
  void indexNamesThatGiveOneGeneratedAccessor() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @IndexPartitionKey(\"by-city\") String city,",
        "    @IndexPartitionKey(\"by_city\") String town) {} // <-");
    assertOnlyError(compile(user), user, "index-name-clash", "'by-city' and 'by_city'", "ByCityIndex", "rename one");
  }

  @Test
  void invalidIndexName() {
    TestSource user = TestSource.of("User",
        "@Table",
        "public record User(",
        "    @PartitionKey String name,",
        "    @IndexPartitionKey(\"by city\") String city) {} // <-");
    assertOnlyError(compile(user), user, "invalid-index-name", "'by city'", "3 to 255 characters");
  }
}
