package io.dynagen.runtime.table.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.table.ItemSize;
import io.dynagen.runtime.testmodel.TestUser;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A put checks its item's values and its size in one walk over the attributes (a batch of puts
 * walks each item once), with the same errors as before.
 */
class ItemLimitsWalkTest {
  private final ItemLimits limits = ItemLimits.of(TestUserSchema.INSTANCE);

  /** An item that counts the walks over its attributes; looking one up by name is not a walk. */
  private static final class CountingItem extends AbstractMap<String, AttributeValue> {
    private final Map<String, AttributeValue> attributes;
    private int walks;

    CountingItem(Map<String, AttributeValue> attributes) {
      this.attributes = new LinkedHashMap<>(attributes);
    }

    @Override
    public Set<Entry<String, AttributeValue>> entrySet() {
      walks++;
      return attributes.entrySet();
    }

    @Override
    public AttributeValue get(Object name) {
      return attributes.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
      return attributes.containsKey(name);
    }
  }

  @Test
  void anItemWithinTheLimitsIsWalkedOnceAndItsSizeCounted() {
    Map<String, AttributeValue> user = TestUserSchema.INSTANCE.toItem(TestUser.of("janedoe", "Doe"));
    CountingItem item = new CountingItem(user);
    long size = limits.check(item, "users");
    assertEquals(1, item.walks, "one walk checks the values and counts the size");
    assertEquals(ItemSize.of(user), size);
  }

  @Test
  void anItemOver400KbStillFailsNamingTheTableKeyAndLargestAttribute() {
    Map<String, AttributeValue> user = new LinkedHashMap<>(TestUserSchema.INSTANCE.toItem(TestUser.of("janedoe", "Doe")));
    user.put("bio", AttributeValue.fromS("x".repeat(ItemSize.MAX_BYTES)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> limits.check(user, "users"));
    assertTrue(e.getMessage().startsWith("Item {"), e.getMessage());
    assertTrue(e.getMessage().contains("janedoe") && e.getMessage().contains("for table 'users'"), e.getMessage());
    assertTrue(e.getMessage().contains("largest attribute is 'bio'"), e.getMessage());
  }
}
