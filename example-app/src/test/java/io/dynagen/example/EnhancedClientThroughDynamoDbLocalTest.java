package io.dynagen.example;

import static io.dynagen.example.EnhancedClientDifferentialTest.DYNAGEN;
import static io.dynagen.example.EnhancedClientDifferentialTest.ENHANCED;
import static io.dynagen.example.EnhancedClientDifferentialTest.fullBean;
import static io.dynagen.example.EnhancedClientDifferentialTest.sparseBean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The differential test through a real DynamoDB (Local, over HTTP): what one mapper writes, the
 * other reads back equal. Values stay within what DynamoDB stores: it keeps a number's value, not
 * its text (see {@link #theServiceKeepsTheNumberNotItsText}), so no trailing zeros or -0.0 here.
 */
class EnhancedClientThroughDynamoDbLocalTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static String tableName;
  private static DynamoDbTable<DiffBean> enhancedTable;

  @BeforeAll
  static void createTable() {
    tableName = LocalDynamoDb.uniqueTableName("diff_beans");
    CLIENT.createTable(b -> b.tableName(tableName)
        .keySchema(DYNAGEN.keySchema())
        .attributeDefinitions(DYNAGEN.attributeDefinitions())
        .billingMode(BillingMode.PAY_PER_REQUEST));
    CLIENT.waiter().waitUntilTableExists(b -> b.tableName(tableName));
    enhancedTable = DynamoDbEnhancedClient.builder().dynamoDbClient(CLIENT).build().table(tableName, ENHANCED);
  }

  @AfterAll
  static void deleteTable() {
    CLIENT.deleteTable(b -> b.tableName(tableName));
  }

  @Test
  void dynagenWritesTheEnhancedClientReads() {
    for (DiffBean bean : new DiffBean[] {fullBean("dynagen-wrote"), sparseBean("dynagen-wrote")}) {
      CLIENT.putItem(b -> b.tableName(tableName).item(DYNAGEN.toItem(bean)));
      DiffBean read = enhancedTable.getItem(Key.builder().partitionValue(bean.getPk()).sortValue(bean.getSk()).build());
      assertEquals(bean, read);
      assertEquals(bean, DYNAGEN.fromItem(getItem(bean)), "and Dynagen reads its own item back");
    }
  }

  @Test
  void theEnhancedClientWritesDynagenReads() {
    for (DiffBean bean : new DiffBean[] {fullBean("enhanced-wrote"), sparseBean("enhanced-wrote")}) {
      enhancedTable.putItem(bean);
      assertEquals(bean, DYNAGEN.fromItem(getItem(bean)));
    }
  }

  /** The Enhanced Client sends an empty set, which DynamoDB rejects; Dynagen leaves it out. */
  @Test
  void emptySets() {
    DiffBean bean = sparseBean("empty-sets");
    bean.setStringSet(Set.of());
    DynamoDbException rejected = assertThrows(DynamoDbException.class, () -> enhancedTable.putItem(bean));
    assertTrue(rejected.getMessage().toLowerCase().contains("empty"), rejected.getMessage());

    CLIENT.putItem(b -> b.tableName(tableName).item(DYNAGEN.toItem(bean)));
    DiffBean read = enhancedTable.getItem(Key.builder().partitionValue(bean.getPk()).sortValue(bean.getSk()).build());
    assertNull(read.getStringSet());
    assertNull(DYNAGEN.fromItem(getItem(bean)).getStringSet());
  }

  /**
   * DynamoDB stores a number's value: {@code 123.4500} comes back as {@code 123.45}. Dynagen
   * sends the exact text (DESIGN.md), and reads back an equal value (compareTo), not an equal
   * scale; this is the service's doing, and the same for the Enhanced Client.
   */
  @Test
  void theServiceKeepsTheNumberNotItsText() {
    DiffBean bean = sparseBean("decimal");
    bean.setBigDecimal(new BigDecimal("123.4500"));
    Map<String, AttributeValue> item = DYNAGEN.toItem(bean);
    assertEquals("123.4500", item.get("bigDecimal").n());
    CLIENT.putItem(b -> b.tableName(tableName).item(item));
    AttributeValue stored = getItem(bean).get("bigDecimal");
    assertEquals("123.45", stored.n());
    assertEquals(0, DYNAGEN.fromItem(getItem(bean)).getBigDecimal().compareTo(new BigDecimal("123.4500")));
  }

  private static Map<String, AttributeValue> getItem(DiffBean bean) {
    return CLIENT.getItem(b -> b.tableName(tableName).key(DiffBeanSchema.key(bean.getPk(), bean.getSk()))
        .consistentRead(true)).item();
  }
}
