package io.dynagen.runtime.testmodel;

import io.dynagen.runtime.Codecs;
import io.dynagen.runtime.GeneratedAttributes;
import io.dynagen.runtime.ItemSchema;
import io.dynagen.runtime.KeyAttribute;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.SecondaryIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The users table of the walk-through, hand-written in the shape the processor generates:
 * partition key {@code username}, sort key {@code last_name}; a global index {@code by-type}
 * (account_type, age) and a local index {@code by-age} (username, age).
 */
public final class TestUserSchema implements ItemSchema<TestUser> {
  public static final TestUserSchema INSTANCE = new TestUserSchema(GeneratedAttributes.NONE);

  public static final String GLOBAL_INDEX = "by-type";
  public static final String LOCAL_INDEX = "by-age";

  private static final KeyAttribute USERNAME = new KeyAttribute("username", ScalarAttributeType.S);
  private static final KeyAttribute LAST_NAME = new KeyAttribute("last_name", ScalarAttributeType.S);
  private static final KeyAttribute ACCOUNT_TYPE = new KeyAttribute("account_type", ScalarAttributeType.S);
  private static final KeyAttribute AGE = new KeyAttribute("age", ScalarAttributeType.N);

  private final GeneratedAttributes generated;

  private TestUserSchema(GeneratedAttributes generated) {
    this.generated = generated;
  }

  /**
   * The same schema, with values Dynagen writes itself declared on some of its attributes (say,
   * a UUID on {@code status}), as the processor declares them for annotated properties.
   */
  public static TestUserSchema withGenerated(GeneratedAttributes generated) {
    return new TestUserSchema(generated);
  }

  @Override
  public GeneratedAttributes generatedAttributes() {
    return generated;
  }

  @Override
  public Class<TestUser> type() {
    return TestUser.class;
  }

  @Override
  public String tableName() {
    return "users";
  }

  @Override
  public KeyAttribute partitionKey() {
    return USERNAME;
  }

  @Override
  public KeyAttribute sortKey() {
    return LAST_NAME;
  }

  @Override
  public List<SecondaryIndex> indexes() {
    return List.of(
        new SecondaryIndex(GLOBAL_INDEX, false, ACCOUNT_TYPE, AGE),
        new SecondaryIndex(LOCAL_INDEX, true, USERNAME, AGE));
  }

  @Override
  public Map<String, AttributeValue> toItem(TestUser user) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    TestAddressSchema.putS(item, "username", user.username());
    TestAddressSchema.putS(item, "last_name", user.lastName());
    TestAddressSchema.putS(item, "first_name", user.firstName());
    if (user.age() != null) {
      item.put("age", AttributeValue.fromN(Integer.toString(user.age())));
    }
    if (user.accountType() != null) {
      item.put("account_type", AttributeValue.fromS(user.accountType().name()));
    }
    if (user.address() != null) {
      item.put("address", AttributeValue.fromM(TestAddressSchema.INSTANCE.toMap(user.address())));
    }
    TestAddressSchema.putS(item, "status", user.status());
    TestAddressSchema.putS(item, "nick.name", user.nickName());
    if (user.tags() != null && !user.tags().isEmpty()) {
      item.put("tags", Codecs.fromStringSet(user.tags(), "tags"));
    }
    if (user.history() != null) {
      List<AttributeValue> history = new ArrayList<>();
      for (String entry : user.history()) {
        history.add(entry == null ? Codecs.NUL : AttributeValue.fromS(entry));
      }
      item.put("history", AttributeValue.fromL(history));
    }
    if (user.scores() != null) {
      Map<String, AttributeValue> scores = new LinkedHashMap<>();
      for (Map.Entry<String, Integer> entry : user.scores().entrySet()) {
        scores.put(entry.getKey(), AttributeValue.fromN(Integer.toString(entry.getValue())));
      }
      item.put("scores", AttributeValue.fromM(scores));
    }
    if (user.avatar() != null) {
      item.put("avatar", AttributeValue.fromB(user.avatar()));
    }
    return item;
  }

  @Override
  public TestUser fromItem(Map<String, AttributeValue> item) {
    AttributeValue age = item.get("age");
    AttributeValue type = item.get("account_type");
    AttributeValue address = item.get("address");
    AttributeValue tags = item.get("tags");
    AttributeValue history = item.get("history");
    AttributeValue scores = item.get("scores");
    AttributeValue avatar = item.get("avatar");
    return new TestUser(
        TestAddressSchema.readS(item, "username"),
        TestAddressSchema.readS(item, "last_name"),
        TestAddressSchema.readS(item, "first_name"),
        Codecs.isAbsent(age) ? null : Codecs.readInt(age, "age"),
        Codecs.isAbsent(type) ? null : readAccountType(type),
        Codecs.isAbsent(address) ? null : readAddress(address),
        TestAddressSchema.readS(item, "status"),
        TestAddressSchema.readS(item, "nick.name"),
        Codecs.isAbsent(tags) ? null : new LinkedHashSet<>(Codecs.readStringSet(tags, "tags", "Set<String>")),
        Codecs.isAbsent(history) ? null : readHistory(history),
        Codecs.isAbsent(scores) ? null : readScores(scores),
        Codecs.isAbsent(avatar) ? null : Codecs.readSdkBytes(avatar, "avatar"));
  }

  private static AccountType readAccountType(AttributeValue value) {
    String name = Codecs.readEnumName(value, "account_type", "AccountType");
    try {
      return AccountType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw Codecs.unknownEnumConstant("account_type", "AccountType", name, AccountType.values(), e);
    }
  }

  private static TestAddress readAddress(AttributeValue value) {
    try {
      return TestAddressSchema.INSTANCE.fromMap(Codecs.readMap(value, "address", "TestAddress"));
    } catch (MappingException e) {
      throw e.under("address");
    }
  }

  private static List<String> readHistory(AttributeValue value) {
    List<String> history = new ArrayList<>();
    for (AttributeValue entry : Codecs.readList(value, "history", "List<String>")) {
      history.add(Codecs.isAbsent(entry) ? null : Codecs.readString(entry, "history"));
    }
    return history;
  }

  private static Map<String, Integer> readScores(AttributeValue value) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (Map.Entry<String, AttributeValue> entry : Codecs.readMap(value, "scores", "Map<String, Integer>").entrySet()) {
      scores.put(entry.getKey(), Codecs.readInt(entry.getValue(), "scores." + entry.getKey()));
    }
    return scores;
  }

  @Override
  public Map<String, AttributeValue> keyOf(TestUser user) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("username", AttributeValue.fromS(user.username()));
    key.put("last_name", AttributeValue.fromS(user.lastName()));
    return key;
  }

}
