package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A key attribute made by a factory is the one made with the SDK's type, and says its type. */
class KeyAttributeTest {

  @Test
  void factoriesEqualTheConstructorWithTheSdkType() {
    assertEquals(new KeyAttribute("pk", ScalarAttributeType.S), KeyAttribute.string("pk"));
    assertEquals(new KeyAttribute("n", ScalarAttributeType.N), KeyAttribute.number("n"));
    assertEquals(new KeyAttribute("b", ScalarAttributeType.B), KeyAttribute.binary("b"));
    assertEquals(new KeyAttribute("pk", ScalarAttributeType.S).hashCode(), KeyAttribute.string("pk").hashCode());
    assertNotEquals(KeyAttribute.string("pk"), KeyAttribute.number("pk"));
    assertNotEquals(KeyAttribute.string("pk"), KeyAttribute.string("sk"));
  }

  @Test
  void typeIsTheSdkType() {
    assertEquals(ScalarAttributeType.S, KeyAttribute.string("pk").type());
    assertEquals(ScalarAttributeType.N, KeyAttribute.number("n").type());
    assertEquals(ScalarAttributeType.B, KeyAttribute.binary("b").type());
    assertEquals("pk", KeyAttribute.string("pk").name());
    assertEquals("KeyAttribute[name=pk, type=N]", KeyAttribute.number("pk").toString());
  }

  @Test
  void nullNameOrTypeIsRefused() {
    assertEquals("name", assertThrows(NullPointerException.class, () -> KeyAttribute.string(null)).getMessage());
    assertEquals("type", assertThrows(NullPointerException.class, () -> new KeyAttribute("pk", null)).getMessage());
  }
}
