package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testing.LocalDynamoDb;
import io.dynagen.runtime.testing.Seeds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Dynagen's 400 KB verdict is DynamoDB's, byte for byte, for items whose size is mostly numbers'
 * business: each case is an item with random numbers (signs, digits around the point, exponents)
 * padded with a string to exactly {@link ItemSize#MAX_BYTES} by Dynagen's count, which DynamoDB
 * Local must accept, and to one byte more, which it must refuse.
 *
 * <p>Seeded: the seed is in every failure message; replay with {@code -Ddynagen.seed=<seed>}.
 */
class ItemSizeVersusServiceTest {
  private static final long SEED = Seeds.seed();
  private static final String TABLE = LocalDynamoDb.uniqueTableName("item-size");

  @BeforeAll
  static void createTable() {
    LocalDynamoDb.client().createTable(b -> b.tableName(TABLE)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
        .billingMode(BillingMode.PAY_PER_REQUEST));
  }

  @AfterAll
  static void deleteTable() {
    LocalDynamoDb.client().deleteTable(b -> b.tableName(TABLE));
  }

  static Stream<List<String>> numbers() {
    List<List<String>> cases = new ArrayList<>();
    // Edge cases, always: signs, digits that do and do not pair around the point, exponents.
    for (String edge : List.of("0", "-0", "7", "-7", "1.5", "-1.5", "15", "0.5", "0.05", "-0.05", "100", "-1000",
        "12345.678", "1.234E+10", "1E+125", "-1E+125", "1E-130", "-1E-130", "9.9999999999999999999999999999999999999E+125",
        "12345678901234567890123456789012345678", "-0.12345678901234567890123456789012345678", "007.50", "10.01",
        // 38 digits across a pair boundary: 20 pairs, negative ones with no terminator byte.
        "-1234567890123456789012345678901234567.8", "-1.2345678901234567890123456789012345678E+100",
        "-1.2345678901234567890123456789012345678E-100", "1234567890123456789012345678901234567.8")) {
      cases.add(List.of(edge));
    }
    Random random = new Random(SEED);
    for (int i = 0; i < 40; i++) {
      List<String> numbers = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      for (int j = 0; j < count; j++) {
        numbers.add(randomNumber(random));
      }
      cases.add(numbers);
    }
    return cases.stream();
  }

  /** Up to 38 significant digits, within DynamoDB's range, written plain or with an exponent. */
  static String randomNumber(Random random) {
    int digits = 1 + random.nextInt(random.nextBoolean() ? 6 : 38);
    StringBuilder unscaled = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      unscaled.append((char) ('0' + random.nextInt(10)));
    }
    BigDecimal value = new BigDecimal(new BigInteger(unscaled.toString()), random.nextInt(60) - 20);
    if (random.nextBoolean()) {
      value = value.negate();
    }
    return random.nextBoolean() ? value.toPlainString() : value.toString();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("numbers")
  void dynagensVerdictIsDynamoDbs(List<String> numbers) {
    String context = "seed " + SEED + ", numbers " + numbers;
    String id = "case-" + Integer.toHexString(numbers.hashCode());
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("pk", AttributeValue.fromS(id));
    for (int i = 0; i < numbers.size(); i++) {
      item.put("n" + i, AttributeValue.fromN(numbers.get(i)));
    }
    item.put("list", AttributeValue.fromL(numbers.stream().map(AttributeValue::fromN).toList()));
    long withoutPadding = ItemSize.of(item) + "pad".length();

    item.put("pad", AttributeValue.fromS("x".repeat((int) (ItemSize.MAX_BYTES - withoutPadding))));
    assertEquals(ItemSize.MAX_BYTES, ItemSize.of(item), context);
    LocalDynamoDb.client().putItem(PutItemRequest.builder().tableName(TABLE).item(item).build());

    item.put("pad", AttributeValue.fromS("x".repeat((int) (ItemSize.MAX_BYTES - withoutPadding + 1))));
    DynamoDbException refused = assertThrows(DynamoDbException.class,
        () -> LocalDynamoDb.client().putItem(PutItemRequest.builder().tableName(TABLE).item(item).build()), context);
    assertTrue(refused.getMessage().contains("size has exceeded"), context + ": " + refused.getMessage());
  }
}
