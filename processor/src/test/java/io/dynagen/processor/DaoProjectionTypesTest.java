package io.dynagen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.dynagen.processor.Dynagen.assertOnlyError;
import static io.dynagen.processor.Dynagen.compile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A projection's component of another type than its entity property, in every way a user could
 * write one (boxing, Optional, collections, documents, enums, converted types): each is refused
 * at compile time with {@code dao-projection-type}, none reaches the generated code.
 */
class DaoProjectionTypesTest {
  private static final TestSource ITEM = TestSource.of("Item",
      "@Table(name = \"items\")",
      "public record Item(",
      "    @PartitionKey String id,",
      "    long count,",
      "    Long boxed,",
      "    Optional<String> note,",
      "    List<String> tags,",
      "    Set<Integer> numbers,",
      "    Map<String, Long> scores,",
      "    Address address,",
      "    Color color,",
      "    @Convert(MoneyConverter.class) Money price) {",
      "  public enum Color { RED, BLUE }",
      "  @Document public record Address(String city, String zip) {}",
      "  @Document public record City(String city) {}",
      "  public record Money(long cents) {}",
      "  public static final class MoneyConverter implements io.dynagen.runtime.AttributeConverter<Money> {",
      "    @Override public software.amazon.awssdk.services.dynamodb.model.AttributeValue toAttributeValue(Money m) {",
      "      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(Long.toString(m.cents()));",
      "    }",
      "    @Override public Money fromAttributeValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {",
      "      return new Money(Long.parseLong(v.n()));",
      "    }",
      "  }",
      "}");

  private static TestSource dao(String component) {
    return TestSource.of("ItemDao",
        "@Dao(Item.class) public interface ItemDao {",
        "  record Part(String id, " + component + ") {}",
        "  List<Part> findPartsById(String id); // <-",
        "}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "long boxed                      | boxed  | long                    | Long",
      "int count                       | count  | int                     | long",
      "Optional<Long> count            | count  | Optional<Long>          | long",
      "String note                     | note   | String                  | Optional<String>",
      "Optional<Object> note           | note   | Optional<Object>        | Optional<String>",
      "List<Optional<String>> tags     | tags   | List<Optional<String>>  | List<String>",
      "Collection<String> tags         | tags   | Collection<String>      | List<String>",
      "Set<String> tags                | tags   | Set<String>             | List<String>",
      "List<? extends String> tags     | tags   | List<? extends String>  | List<String>",
      "Set<Long> numbers               | numbers | Set<Long>              | Set<Integer>",
      "Map<String, Integer> scores     | scores | Map<String, Integer>    | Map<String, Long>",
      "Item.City address               | address | City                   | Address",
      "Map<String, String> address     | address | Map<String, String>    | Address",
      "String color                    | color  | String                  | Color",
      "long price                      | price  | long                    | Money",
      "Optional<Item.Money> price      | price  | Optional<Money>         | Money"})
  void componentOfAnotherType(String component, String name, String declared, String property) {
    TestSource dao = dao(component);
    assertOnlyError(compile(ITEM, dao), dao, "dao-projection-type",
        "findPartsById returns List<Part>, whose component '" + name + "' has type " + declared + ", but property '"
            + name + "' of Item is " + property + "; declare the component as " + property);
  }

  @Test
  void componentsOfTheEntitysTypesCompile() {
    TestSource dao = TestSource.of("ItemDao",
        "@Dao(Item.class) public interface ItemDao {",
        "  record Part(String id, Long count, Long boxed, Optional<String> note, List<String> tags, Set<Integer> numbers,",
        "      Map<String, Long> scores, Item.Address address, Item.Color color, Item.Money price) {}",
        "  List<Part> findPartsById(String id);",
        "  Optional<Part> findPartById(String id);",
        "}");
    assertThat(compile(ITEM, dao).compilation()).succeededWithoutWarnings();
  }
}
