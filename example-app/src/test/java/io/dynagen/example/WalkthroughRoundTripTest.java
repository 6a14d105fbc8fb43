package io.dynagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.model.Address;
import io.dynagen.example.model.AddressBean;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserBean;
import io.dynagen.example.model.UserBeanSchema;
import io.dynagen.example.model.UserSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The users of the walk-through (WALKTHROUGH.md) through the generated schemas of the record
 * {@link User} and the bean {@link UserBean}: the exact items, the way back, and the keys.
 */
class WalkthroughRoundTripTest {

  static final User JANE = new User("janedoe", "Doe", "Jane", 25, "standard_user", null);
  static final User JOHN = new User("johndoe", "Doe", "John", 25, "standard_user",
      new Address("1 Jefferson Street", "Los Angeles", "CA", 90001));
  static final User JANE_DOERING = new User("janedoering", "Doering", "Jane", 40, "super_user",
      new Address("2 Washington Avenue", "Seattle", "WA", 98109));
  static final User ANONYMOUS = new User("user7", "unknown", "unknown", null, "anonymous", null);

  static final Map<String, AttributeValue> JANE_ITEM = Map.of(
      "username", s("janedoe"),
      "last_name", s("Doe"),
      "first_name", s("Jane"),
      "age", n("25"),
      "account_type", s("standard_user"));
  static final Map<String, AttributeValue> JOHN_ITEM = Map.of(
      "username", s("johndoe"),
      "last_name", s("Doe"),
      "first_name", s("John"),
      "age", n("25"),
      "account_type", s("standard_user"),
      "address", AttributeValue.fromM(Map.of(
          "road", s("1 Jefferson Street"),
          "city", s("Los Angeles"),
          "state", s("CA"),
          "zipcode", n("90001"))));
  static final Map<String, AttributeValue> JANE_DOERING_ITEM = Map.of(
      "username", s("janedoering"),
      "last_name", s("Doering"),
      "first_name", s("Jane"),
      "age", n("40"),
      "account_type", s("super_user"),
      "address", AttributeValue.fromM(Map.of(
          "road", s("2 Washington Avenue"),
          "city", s("Seattle"),
          "state", s("WA"),
          "zipcode", n("98109"))));
  /** No age: the attribute is left out, not written as 0 or NULL. */
  static final Map<String, AttributeValue> ANONYMOUS_ITEM = Map.of(
      "username", s("user7"),
      "last_name", s("unknown"),
      "first_name", s("unknown"),
      "account_type", s("anonymous"));

  // ------------------------------------------------------------------ the record

  @Test
  void recordsBecomeExactlyTheWalkthroughItems() {
    assertEquals(JANE_ITEM, UserSchema.INSTANCE.toItem(JANE));
    assertEquals(JOHN_ITEM, UserSchema.INSTANCE.toItem(JOHN));
    assertEquals(JANE_DOERING_ITEM, UserSchema.INSTANCE.toItem(JANE_DOERING));
    assertEquals(ANONYMOUS_ITEM, UserSchema.INSTANCE.toItem(ANONYMOUS));
  }

  @Test
  void recordsComeBackEqual() {
    for (User user : List.of(JANE, JOHN, JANE_DOERING, ANONYMOUS)) {
      assertEquals(user, UserSchema.INSTANCE.fromItem(UserSchema.INSTANCE.toItem(user)));
    }
    assertEquals(JOHN, UserSchema.INSTANCE.fromItem(JOHN_ITEM));
    assertNull(UserSchema.INSTANCE.fromItem(ANONYMOUS_ITEM).age(), "absent age reads as null");
  }

  @Test
  void aNullAttributeValueReadsAsNull() {
    Map<String, AttributeValue> item = new java.util.HashMap<>(ANONYMOUS_ITEM);
    item.put("age", AttributeValue.fromNul(true));
    item.put("address", AttributeValue.fromNul(true));
    assertEquals(ANONYMOUS, UserSchema.INSTANCE.fromItem(item));
  }

  @Test
  void recordKeys() {
    Map<String, AttributeValue> johnKey = Map.of("username", s("johndoe"), "last_name", s("Doe"));
    assertEquals(johnKey, UserSchema.INSTANCE.keyOf(JOHN));
    assertEquals(johnKey, UserSchema.key("johndoe", "Doe"));
    assertEquals(Map.of("username", s("user7"), "last_name", s("unknown")),
        UserSchema.INSTANCE.keyOf(ANONYMOUS));

    assertEquals("users", UserSchema.INSTANCE.tableName());
    assertEquals(List.of(
            KeySchemaElement.builder().attributeName("username").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("last_name").keyType(KeyType.RANGE).build()),
        UserSchema.INSTANCE.keySchema());
    assertEquals(ScalarAttributeType.S, UserSchema.INSTANCE.partitionKey().type());
    assertEquals(ScalarAttributeType.S, UserSchema.INSTANCE.sortKey().type());
  }

  @Test
  void nullOrEmptyRecordKeysAreRejectedByName() {
    assertRejected("username", () -> UserSchema.key(null, "Doe"));
    assertRejected("last_name", () -> UserSchema.key("janedoe", null));
    assertRejected("username", () -> UserSchema.key("", "Doe"));
    assertRejected("last_name", () -> UserSchema.key("janedoe", ""));
    assertRejected("username", () -> UserSchema.INSTANCE.keyOf(
        new User(null, "Doe", "Jane", 25, "standard_user", null)));
    assertRejected("last_name", () -> UserSchema.INSTANCE.keyOf(
        new User("janedoe", "", "Jane", 25, "standard_user", null)));
  }

  // ------------------------------------------------------------------ the bean

  @Test
  void beansBecomeTheSameItems() {
    assertEquals(JANE_ITEM, UserBeanSchema.INSTANCE.toItem(bean(JANE)));
    assertEquals(JOHN_ITEM, UserBeanSchema.INSTANCE.toItem(bean(JOHN)));
    assertEquals(JANE_DOERING_ITEM, UserBeanSchema.INSTANCE.toItem(bean(JANE_DOERING)));
    assertEquals(ANONYMOUS_ITEM, UserBeanSchema.INSTANCE.toItem(bean(ANONYMOUS)));
  }

  @Test
  void beansComeBackEqual() {
    for (User user : List.of(JANE, JOHN, JANE_DOERING, ANONYMOUS)) {
      UserBean bean = bean(user);
      assertEquals(bean, UserBeanSchema.INSTANCE.fromItem(UserBeanSchema.INSTANCE.toItem(bean)));
    }
    // The record and the bean read each other's items: same table, same encoding.
    assertEquals(bean(JOHN), UserBeanSchema.INSTANCE.fromItem(UserSchema.INSTANCE.toItem(JOHN)));
    assertEquals(JOHN, UserSchema.INSTANCE.fromItem(UserBeanSchema.INSTANCE.toItem(bean(JOHN))));
  }

  @Test
  void beanKeys() {
    assertEquals(Map.of("username", s("johndoe"), "last_name", s("Doe")),
        UserBeanSchema.INSTANCE.keyOf(bean(JOHN)));
    assertEquals(UserSchema.INSTANCE.keySchema(), UserBeanSchema.INSTANCE.keySchema());
    assertEquals("users", UserBeanSchema.INSTANCE.tableName());
  }

  @Test
  void nullOrEmptyBeanKeysAreRejectedByName() {
    assertRejected("username", () -> UserBeanSchema.key(null, "Doe"));
    assertRejected("last_name", () -> UserBeanSchema.key("janedoe", ""));
    UserBean noKey = bean(JANE);
    noKey.setUsername(null);
    assertRejected("username", () -> UserBeanSchema.INSTANCE.keyOf(noKey));
    UserBean emptySortKey = bean(JANE);
    emptySortKey.setLastName("");
    assertRejected("last_name", () -> UserBeanSchema.INSTANCE.keyOf(emptySortKey));
  }

  // ------------------------------------------------------------------ helpers

  static UserBean bean(User user) {
    UserBean bean = new UserBean();
    bean.setUsername(user.username());
    bean.setLastName(user.lastName());
    bean.setFirstName(user.firstName());
    bean.setAge(user.age());
    bean.setAccountType(user.accountType());
    if (user.address() != null) {
      AddressBean address = new AddressBean();
      address.setRoad(user.address().road());
      address.setCity(user.address().city());
      address.setState(user.address().state());
      address.setZipcode(user.address().zipcode());
      bean.setAddress(address);
    }
    return bean;
  }

  private static void assertRejected(String keyName, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains("'" + keyName + "'"),
        "message should name the key '" + keyName + "': " + e.getMessage());
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(String value) {
    return AttributeValue.fromN(value);
  }
}
