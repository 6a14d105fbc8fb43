package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynagen.processor.Dynagen.assertOnlyError;
import static io.dynagen.processor.Dynagen.compile;

import org.junit.jupiter.api.Test;

/**
 * The rules of the values Dynagen writes itself: {@code @AutoTimestamp}, {@code @GeneratedUuid},
 * {@code @Ttl}, {@code @AtomicCounter} (and {@code @Version}, whose own rules are in {@link
 * PropertyDiagnosticsTest}).
 */
class GeneratedValueDiagnosticsTest {

  @Test
  void allOfThemOnTheRightTypesCompile() {
    TestSource article = TestSource.of("Article",
        "@Table",
        "public record Article(",
        "    @PartitionKey @GeneratedUuid UUID id,",
        "    @GeneratedUuid String reference,",
        "    @Version int version,",
        "    @AutoTimestamp(AutoTimestamp.When.CREATE) java.time.Instant createdAt,",
        "    @IndexSortKey(\"by-author\") @AutoTimestamp java.time.Instant updatedAt,",
        "    @IndexPartitionKey(\"by-author\") String author,",
        "    @AtomicCounter(start = 5, delta = -1) Integer stock,",
        "    @Ttl long expiresAt) {}");
    assertThat(compile(article).compilation()).succeededWithoutWarnings();
  }

  @Test
  void timestampOfWrongType() {
    TestSource article = TestSource.of("Article",
        "@Table",
        "public record Article(",
        "    @PartitionKey String id,",
        "    @AutoTimestamp String updatedAt) {} // <-");
    assertOnlyError(compile(article), article, "generated-value-type",
        "@AutoTimestamp on 'updatedAt' of type java.lang.String", "must be a java.time.Instant");
  }

  @Test
  void uuidOfWrongType() {
    TestSource article = TestSource.of("Article",
        "@Table",
        "public record Article(",
        "    @PartitionKey @GeneratedUuid long id) {} // <-");
    assertOnlyError(compile(article), article, "generated-value-type",
        "@GeneratedUuid on 'id' of type long", "must be a String or a UUID");
  }

  @Test
  void ttlOfWrongType() {
    TestSource article = TestSource.of("Article",
        "@Table",
        "public record Article(",
        "    @PartitionKey String id,",
        "    @Ttl java.time.LocalDate expiresOn) {} // <-");
    assertOnlyError(compile(article), article, "generated-value-type",
        "@Ttl on 'expiresOn' of type java.time.LocalDate", "Instant, or a long or Long of epoch seconds");
  }

  @Test
  void counterOfWrongType() {
    TestSource article = TestSource.of("Article",
        "@Table",
        "public record Article(",
        "    @PartitionKey String id,",
        "    @AtomicCounter java.math.BigDecimal views) {} // <-");
    assertOnlyError(compile(article), article, "generated-value-type",
        "@AtomicCounter on 'views' of type java.math.BigDecimal", "long, int, Long or Integer");
  }

  @Test
  void twoTtls() {
    TestSource article = TestSource.of("Article",
        "@Table",
        "public record Article(",
        "    @PartitionKey String id,",
        "    @Ttl long expiresAt,",
        "    @Ttl long deleteAt) {} // <-");
    assertOnlyError(compile(article), article, "duplicate-ttl", "expiresAt and deleteAt", "keep one");
  }

  @Test
  void generatedValueOnTableKey() {
    TestSource article = TestSource.of("Article",
        "@Table",
        "public record Article(",
        "    @PartitionKey String id,",
        "    @SortKey @AutoTimestamp java.time.Instant createdAt) {} // <-");
    assertOnlyError(compile(article), article, "generated-value-on-key",
        "@AutoTimestamp cannot be on key 'createdAt'", "only @GeneratedUuid may be on a key");
  }

  @Test
  void versionOnTableKey() {
    TestSource article = TestSource.of("Article",
        "@Table",
        "public record Article(",
        "    @PartitionKey @Version long id) {} // <-");
    assertOnlyError(compile(article), article, "generated-value-on-key", "@Version cannot be on key 'id'");
  }

  @Test
  void generatedValueInDocument() {
    TestSource address = TestSource.of("Address",
        "@Document",
        "public record Address(",
        "    String city,",
        "    @AutoTimestamp java.time.Instant checkedAt) {} // <-");
    assertOnlyError(compile(address), address, "generated-value-in-document",
        "@AutoTimestamp on 'checkedAt' of @Document class Address", "move the property to the @Table class");
  }

  @Test
  void twoGeneratedValuesOnOneProperty() {
    TestSource article = TestSource.of("Article",
        "@Table",
        "public record Article(",
        "    @PartitionKey String id,",
        "    @Version @AtomicCounter long version) {} // <-");
    assertOnlyError(compile(article), article, "conflicting-generated-values",
        "'version' has both @Version and @AtomicCounter", "keep one");
  }

  @Test
  void generatedValueWithConverter() {
    TestSource converter = TestSource.of("SecondsConverter",
        "public class SecondsConverter implements io.dynagen.runtime.AttributeConverter<java.time.Instant> {",
        "  public software.amazon.awssdk.services.dynamodb.model.AttributeValue toAttributeValue(java.time.Instant value) {",
        "    return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(Long.toString(value.getEpochSecond()));",
        "  }",
        "  public java.time.Instant fromAttributeValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {",
        "    return java.time.Instant.ofEpochSecond(Long.parseLong(value.n()));",
        "  }",
        "}");
    TestSource article = TestSource.of("Article",
        "@Table",
        "public record Article(",
        "    @PartitionKey String id,",
        "    @Ttl @Convert(SecondsConverter.class) java.time.Instant expiresAt) {} // <-");
    assertOnlyError(compile(converter, article), article, "conflicting-generated-values",
        "'expiresAt' has both @Ttl and @Convert");
  }

  @Test
  void counterThatNeverCounts() {
    TestSource article = TestSource.of("Article",
        "@Table",
        "public record Article(",
        "    @PartitionKey String id,",
        "    @AtomicCounter(delta = 0) long views) {} // <-");
    assertOnlyError(compile(article), article, "counter-delta", "delta = 0", "'views'", "other than 0");
  }
}
