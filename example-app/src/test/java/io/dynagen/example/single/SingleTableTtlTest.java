package io.dynagen.example.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.DocumentSchema;
import io.dynagen.runtime.GeneratedAttributes;
import io.dynagen.runtime.single.EntityType;
import io.dynagen.runtime.single.KeyTemplate;
import io.dynagen.runtime.single.SingleTableSchema;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.testing.LocalDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * {@code @Ttl} on the entities of a single table ({@link Login}): the table has one time-to-live
 * attribute, which creating the table turns expiry on by, and each entity with a {@code @Ttl}
 * stores its value there in epoch seconds ({@link Session} an {@code Instant}, {@link Token} a
 * {@code long} renamed to the same attribute); {@link Account} has none.
 */
class SingleTableTtlTest {
  private static final DynamoDbClient CLIENT = LocalDynamoDb.client();
  private static final Instant EXPIRY = Instant.parse("2030-01-02T03:04:05.678Z");
  private static LoginTable logins;

  @BeforeAll
  static void createTable() {
    logins = LoginTable.create(CLIENT, LocalDynamoDb.uniqueTableName("logins"));
    logins.createTable();
  }

  @AfterAll
  static void deleteTable() {
    logins.deleteTable();
  }

  @Test
  void createTableTurnsExpiryOnByTheEntitiesTtlAttribute() {
    assertExpiresBy("expiresAt", logins.tableName());
    assertEquals(Optional.of("expiresAt"), logins.timeToLiveAttribute());
    assertEquals(Optional.of("expiresAt"), logins.sessions().typed().timeToLiveAttribute());
  }

  @Test
  void createTableIfMissingTurnsExpiryOnToo() {
    LoginTable other = LoginTable.create(CLIENT, LocalDynamoDb.uniqueTableName("logins_if_missing"));
    try {
      assertTrue(other.createTableIfMissing());
      assertExpiresBy("expiresAt", other.tableName());
      assertFalse(other.createTableIfMissing());
    } finally {
      other.deleteTable();
    }
  }

  @Test
  void eachEntityStoresItsTtlInTheSharedAttributeAsEpochSeconds() {
    logins.accounts().put(new Account("u-1", "Ada"));
    Session session = logins.sessions().put(new Session("u-1", "s-1", "laptop", EXPIRY));
    Token token = logins.tokens().put(new Token("u-1", "t-1", 1_900_000_000L));

    assertEquals(AttributeValue.fromN(Long.toString(EXPIRY.getEpochSecond())),
        raw("USER#u-1", "SESSION#s-1").get("expiresAt"));
    assertEquals(AttributeValue.fromN("1900000000"), raw("USER#u-1", "TOKEN#t-1").get("expiresAt"));
    assertFalse(raw("USER#u-1", "TOKEN#t-1").containsKey("validUntil"));
    assertFalse(raw("USER#u-1", "ACCOUNT").containsKey("expiresAt"));

    // Stored in whole seconds, read back as stored.
    assertEquals(Instant.parse("2030-01-02T03:04:05Z"), logins.sessions().get("u-1", "s-1").orElseThrow().expiresAt());
    assertEquals(session.expiresAt(), EXPIRY);
    assertEquals(token, logins.tokens().get("u-1", "t-1").orElseThrow());
    assertEquals(new Account("u-1", "Ada"), logins.accounts().get("u-1").orElseThrow());
  }

  @Test
  void theRootsTableWritesAnEntityWhoseOnlyGeneratedValueIsItsTtl() {
    logins.typed().put(new Session("u-2", "s-1", "phone", EXPIRY));
    assertEquals(AttributeValue.fromN(Long.toString(EXPIRY.getEpochSecond())),
        raw("USER#u-2", "SESSION#s-1").get("expiresAt"));
    assertEquals(new Session("u-2", "s-1", "phone", Instant.parse("2030-01-02T03:04:05Z")),
        logins.typed().get(Map.of("PK", AttributeValue.fromS("USER#u-2"), "SK", AttributeValue.fromS("SESSION#s-1")))
            .orElseThrow());
  }

  @Test
  void conditionsOnTheTtlCompareItsStoredSeconds() {
    Instant stored = Instant.parse("2031-05-06T07:08:09Z");
    logins.sessions().put(new Session("u-3", "s-1", "tablet", stored));
    logins.tokens().put(new Token("u-3", "t-1", stored.plusSeconds(60).getEpochSecond()));
    logins.accounts().put(new Account("u-3", "Grace"));

    // A put on the condition that the stored session has not expired by a time.
    Session renewed = new Session("u-3", "s-1", "tablet", stored.plusSeconds(3600));
    assertThrows(ConditionFailedException.class,
        () -> logins.sessions().put(renewed, Session_.expiresAt.lt(stored)));
    logins.sessions().put(renewed, Session_.expiresAt.eq(stored));
    assertEquals(renewed, logins.sessions().get("u-3", "s-1").orElseThrow());

    // One attribute for both types: a filter on it meets sessions and tokens, never accounts.
    List<Login> expiring = logins.userCollection("u-3")
        .filter(Session_.expiresAt.lt(stored.plusSeconds(7200)))
        .toList();
    assertEquals(Set.of(renewed, new Token("u-3", "t-1", stored.plusSeconds(60).getEpochSecond())),
        Set.copyOf(expiring));
    assertEquals(List.of(new Token("u-3", "t-1", stored.plusSeconds(60).getEpochSecond())),
        logins.userCollection("u-3").filter(Token_.validUntil.lt(stored.plusSeconds(120).getEpochSecond())).toList());
  }

  @Test
  void aSchemaOfEntityTypesKeepingTheirTtlInDifferentAttributesIsRefused() {
    // The processor refuses such classes (ttl-attribute-differs); entity types put together by
    // hand are checked when the schema is made.
    EntityType<Session> sessions = entityType("Session", Session.class, SessionSchema.INSTANCE, "SESSION#{sessionId}");
    EntityType<Token> tokens = entityType("Token", Token.class, new DocumentSchema<Token>() {
      @Override
      public Class<Token> type() {
        return Token.class;
      }

      @Override
      public GeneratedAttributes generatedAttributes() {
        return GeneratedAttributes.builder().timeToLive("validUntil").build();
      }

      @Override
      public Map<String, AttributeValue> toMap(Token token) {
        return TokenSchema.INSTANCE.toMap(token);
      }

      @Override
      public Token fromMap(Map<String, AttributeValue> map) {
        return TokenSchema.INSTANCE.fromMap(map);
      }
    }, "TOKEN#{tokenId}");

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> SingleTableSchema.of(Login.class, LoginTable.SCHEMA.layout(), List.of(sessions, tokens)));
    assertTrue(refused.getMessage().contains("Session and Token of table 'logins' keep their @Ttl in different"
        + " attributes ('expiresAt' and 'validUntil')"), refused.getMessage());
  }

  private static <E extends Login> EntityType<E> entityType(String name, Class<E> type, DocumentSchema<E> properties,
      String sortKey) {
    return new EntityType<>(name, type, properties, KeyTemplate.parse("USER#{userId}"), KeyTemplate.parse(sortKey),
        List.of()) {
      @Override
      protected Object property(E entity, String property) {
        throw new UnsupportedOperationException(property);
      }
    };
  }

  private static void assertExpiresBy(String attribute, String tableName) {
    TimeToLiveDescription ttl = CLIENT
        .describeTimeToLive(DescribeTimeToLiveRequest.builder().tableName(tableName).build())
        .timeToLiveDescription();
    assertEquals(attribute, ttl.attributeName());
    assertTrue(ttl.timeToLiveStatus() == TimeToLiveStatus.ENABLED || ttl.timeToLiveStatus() == TimeToLiveStatus.ENABLING,
        ttl.toString());
  }

  private static Map<String, AttributeValue> raw(String partitionKey, String sortKey) {
    return CLIENT.getItem(GetItemRequest.builder()
            .tableName(logins.tableName())
            .key(Map.of("PK", AttributeValue.fromS(partitionKey), "SK", AttributeValue.fromS(sortKey)))
            .build())
        .item();
  }
}
