package io.dynagen.processor;

import static com.google.common.truth.Truth.assertThat;
import static io.dynagen.processor.Dynagen.assertOnlyError;
import static io.dynagen.processor.Dynagen.compile;

import org.junit.jupiter.api.Test;

/** The rules of a single table: a sealed @Table root and its @Entity subclasses. */
class SingleTableDiagnosticsTest {

  private static TestSource root(String permits, String... annotations) {
    String[] lines = new String[annotations.length + 2];
    lines[0] = "@Table(name = \"shop\")";
    System.arraycopy(annotations, 0, lines, 1, annotations.length);
    lines[lines.length - 1] = "public sealed interface Item permits " + permits + " {}";
    return TestSource.of("Item", lines);
  }

  private static final TestSource CUSTOMER = TestSource.of("Customer",
      "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"PROFILE\")",
      "public record Customer(String customerId, String name) implements Item {}");

  @Test
  void theShopModelHasNoErrors() {
    Dynagen.Run run = compile(ShopModel.SHOP_ITEM, ShopModel.CUSTOMER, ShopModel.ORDER, ShopModel.ORDER_LINE);
    com.google.testing.compile.CompilationSubject.assertThat(run.compilation()).succeededWithoutWarnings();
    assertThat(run.createdFrom("test.ShopItem")).containsExactly("test.ShopItemTable");
  }

  @Test
  void genericRoot() {
    TestSource root = TestSource.of("Item",
        "@Table(name = \"shop\") // <-",
        "public sealed interface Item<T> permits Customer {}");
    TestSource customer = TestSource.of("Customer",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"PROFILE\")",
        "public record Customer(String customerId) implements Item<String> {}");
    assertOnlyError(compile(root, customer), root, "generic-class", "Item is generic (T)");
  }

  @Test
  void permittedSubclassWithoutEntity() {
    TestSource refund = TestSource.of("Refund",
        "public record Refund(String id) implements Item {} // <-");
    assertOnlyError(compile(root("Customer, Refund"), CUSTOMER, refund), refund, "entity-without-keys",
        "Refund is permitted by sealed @Table Item", "annotate it @Entity(partitionKey");
  }

  @Test
  void entityThatIsATable() {
    TestSource order = TestSource.of("Order",
        "@Table // <-",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\")",
        "public record Order(String customerId, String orderId) implements Item {}");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "entity-is-table",
        "Order is an entity type of single table Item", "remove @Table");
  }

  @Test
  void templateWithTouchingPlaceholders() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{day}{orderId}\") // <-",
        "public record Order(String customerId, String orderId, java.time.LocalDate day) implements Item {}");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "template-syntax",
        "sort key template 'ORDER#{day}{orderId}'", "no text between them", "a separator such as '#'");
  }

  @Test
  void templateWithUnbalancedBrace() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId\", sortKey = \"ORDER#{orderId}\") // <-",
        "public record Order(String customerId, String orderId) implements Item {}");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "template-syntax",
        "partition key template 'CUSTOMER#{customerId'", "a '{' without its '}'");
  }

  @Test
  void templateNamingAMissingProperty() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{ordreId}\") // <-",
        "public record Order(String customerId, String orderId) implements Item {}");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "template-unknown-property",
        "names {ordreId}, but Order has no such property", "did you mean {orderId}?", "customerId, orderId");
  }

  @Test
  void unsortableTypeInASortKeyTemplate() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{total}\") // <-",
        "public record Order(String customerId, double total) implements Item {}");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "template-key-type",
        "names {total} of type double", "would not sort as its values do", "use String, int, long");
  }

  @Test
  void enumIsRefusedInASortKeyButTakenInAPartitionKey() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"STATUS#{status}\", sortKey = \"ORDER#{status}\") // <-",
        "public record Order(java.time.DayOfWeek status) implements Item {}");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "template-key-type",
        "sort key template 'ORDER#{status}'", "an enum, whose name does not sort as its constants do");
  }

  @Test
  void listInAPartitionKeyTemplate() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"TAGS#{tags}\", sortKey = \"ORDER\") // <-",
        "public record Order(List<String> tags) implements Item {}");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "template-key-type",
        "partition key template 'TAGS#{tags}'", "cannot be written as key text");
  }

  @Test
  void twoEntitiesWithOneTypeName() {
    TestSource order = TestSource.of("Order",
        "@Entity(type = \"Customer\", partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\") // <-",
        "public record Order(String customerId, String orderId) implements Item {}");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "duplicate-entity-type",
        "Customer and Order in single table Item both have the type name 'Customer'", "@Entity(type = ");
  }

  @Test
  void ambiguousPrefixesWithKeyPrefixDiscrimination() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"PRO{orderId}\") // <-",
        "public record Order(String customerId, String orderId) implements Item {}");
    TestSource root = root("Customer, Order", "@SingleTable(discriminator = Discriminator.KEY_PREFIX)");
    assertOnlyError(compile(root, CUSTOMER, order), order, "ambiguous-key-prefix",
        "Customer and Order could have the same keys", "sort key prefixes 'PROFILE' and 'PRO'",
        "Discriminator.TYPE_ATTRIBUTE");
  }

  @Test
  void overlappingPrefixesAreFineWithATypeAttribute() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"PRO{orderId}\")",
        "public record Order(String customerId, String orderId) implements Item {}");
    com.google.testing.compile.CompilationSubject.assertThat(
        compile(root("Customer, Order"), CUSTOMER, order).compilation()).succeededWithoutWarnings();
  }

  @Test
  void entityIndexOnAnUndeclaredIndex() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\")",
        "@EntityIndex(index = \"GSI2\", partitionKey = \"ORDER#{orderId}\", sortKey = \"ORDER\") // <-",
        "public record Order(String customerId, String orderId) implements Item {}");
    TestSource root = root("Customer, Order", "@SharedIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\")");
    assertOnlyError(compile(root, CUSTOMER, order), order, "unknown-shared-index",
        "@EntityIndex(index = \"GSI2\") on Order", "did you mean 'GSI1'?", "@SharedIndex(name = \"GSI2\"");
  }

  /** javac gives no line to an annotation it gathered into its container: the class's is used. */
  @Test
  void repeatedEntityIndexesAreReportedOnTheirClass() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\")",
        "@EntityIndex(index = \"GSI1\", partitionKey = \"ORDER#{orderId}\", sortKey = \"ORDER\")",
        "@EntityIndex(index = \"byDay\", partitionKey = \"DAY#{orderId}\", sortKey = \"ORDER\")",
        "public record Order(String customerId, String orderId) implements Item {} // <-");
    TestSource root = root("Customer, Order", "@SharedIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\")");
    assertOnlyError(compile(root, CUSTOMER, order), order, "unknown-shared-index",
        "@EntityIndex(index = \"byDay\")", "it declares 'GSI1'");
  }

  @Test
  void entityIndexWithoutTheSortTemplateItsIndexNeeds() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\")",
        "@EntityIndex(index = \"GSI1\", partitionKey = \"ORDER#{orderId}\") // <-",
        "public record Order(String customerId, String orderId) implements Item {}");
    TestSource root = root("Customer, Order", "@SharedIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\")");
    assertOnlyError(compile(root, CUSTOMER, order), order, "index-sort-template",
        "gives no sortKey template, but the shared index has the sort key 'GSI1SK'", "add sortKey = ");
  }

  @Test
  void oneCollectionNameForTemplatesOfDifferentShapes() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{region}#{customerId}\", sortKey = \"ORDER#{orderId}\") // <-",
        "public record Order(String region, String customerId, String orderId) implements Item {}");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "collection-mismatch",
        "Collection 'customer' of the table", "'CUSTOMER#{customerId}' (Customer)",
        "'CUSTOMER#{region}#{customerId}' (Order)", "collection = ");
  }

  @Test
  void propertyStoredUnderTheTypeAttribute() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\")",
        "public record Order(String customerId, String orderId,",
        "    String type) implements Item {} // <-");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "entity-attribute-clash",
        "Property 'type' of Order is stored as 'type'", "for the type name", "@Attribute(");
  }

  @Test
  void keyAnnotationInAnEntity() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\")",
        "public record Order(@PartitionKey String customerId, // <-",
        "    String orderId) implements Item {}");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "key-in-entity",
        "@PartitionKey has no meaning in @Entity class Order", "name the property in a template");
  }

  @Test
  void generatedValueInAnEntityKeyTemplate() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"ORDER#{orderId}\", sortKey = \"DETAILS\")",
        "public record Order(String customerId,",
        "    @GeneratedUuid java.util.UUID orderId) implements Item {} // <-");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "generated-value-in-entity",
        "@GeneratedUuid on 'orderId' of @Entity class Order: 'orderId' is in the key template \"ORDER#{orderId}\"",
        "set the value yourself, or take 'orderId' out of the template");
  }

  @Test
  void generatedValueInAnEntityIndexTemplate() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\")",
        "@EntityIndex(index = \"GSI1\", partitionKey = \"RECENT\", sortKey = \"AT#{updatedAt}\")",
        "public record Order(String customerId, String orderId,",
        "    @AutoTimestamp java.time.Instant updatedAt) implements Item {} // <-");
    assertOnlyError(compile(root("Customer, Order",
            "@SharedIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\")"), CUSTOMER, order),
        order, "generated-value-in-entity", "'updatedAt' is in the key template \"AT#{updatedAt}\"");
  }

  @Test
  void generatedValuesOutsideTheTemplatesCompile() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\")",
        "public record Order(String customerId, String orderId, @Version Long version,",
        "    @AutoTimestamp java.time.Instant updatedAt, @GeneratedUuid java.util.UUID token,",
        "    @AtomicCounter long edits) implements Item {}");
    Dynagen.Run run = compile(root("Customer, Order"), CUSTOMER, order);
    com.google.testing.compile.CompilationSubject.assertThat(run.compilation()).succeededWithoutWarnings();
  }

  @Test
  void ttlInEntitiesUnderOneAttributeCompiles() {
    TestSource customer = TestSource.of("Customer",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"PROFILE\")",
        "public record Customer(String customerId, @Ttl long expiresAt) implements Item {}");
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\")",
        "public record Order(String customerId, String orderId,",
        "    @Ttl @Attribute(\"expiresAt\") java.time.Instant deleteAt) implements Item {}");
    TestSource note = TestSource.of("Note",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"NOTE#{noteId}\")",
        "public record Note(String customerId, String noteId) implements Item {}");
    Dynagen.Run run = compile(root("Customer, Order, Note"), customer, order, note);
    com.google.testing.compile.CompilationSubject.assertThat(run.compilation()).succeededWithoutWarnings();
  }

  @Test
  void ttlOfAnotherAttributeThanTheOtherEntities() {
    TestSource customer = TestSource.of("Customer",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"PROFILE\")",
        "public record Customer(String customerId, @Ttl java.time.Instant expiresAt) implements Item {}");
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\")",
        "public record Order(String customerId, String orderId,",
        "    @Ttl java.time.Instant deleteAt) implements Item {} // <-");
    assertOnlyError(compile(root("Customer, Order"), customer, order), order, "ttl-attribute-differs",
        "@Ttl on 'deleteAt' of @Entity class Order is stored as 'deleteAt', but Customer keeps its @Ttl in 'expiresAt'",
        "one time-to-live attribute for all its entity types", "with @Attribute(\"expiresAt\")");
  }

  @Test
  void ttlOfTheWrongTypeInAnEntity() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{orderId}\")",
        "public record Order(String customerId, String orderId,",
        "    @Ttl String expiresAt) implements Item {} // <-");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "generated-value-type",
        "a @Ttl must be a java.time.Instant, or a long or Long of epoch seconds");
  }

  @Test
  void ttlInAKeyTemplate() {
    TestSource order = TestSource.of("Order",
        "@Entity(partitionKey = \"CUSTOMER#{customerId}\", sortKey = \"ORDER#{expiresAt}\")",
        "public record Order(String customerId,",
        "    @Ttl long expiresAt) implements Item {} // <-");
    assertOnlyError(compile(root("Customer, Order"), CUSTOMER, order), order, "generated-value-in-entity",
        "@Ttl on 'expiresAt' of @Entity class Order: 'expiresAt' is in the key template \"ORDER#{expiresAt}\"");
  }
}
