package io.dynagen.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testmodel.AccountType;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ConditionRenderingTest {

  @Test
  void reservedWordsAreNamePlaceholders() {
    Rendered r = Rendered.of(TestUser_.status.eq("active"));
    assertEquals("#n0 = :v0", r.text());
    assertEquals(Map.of("#n0", "status"), r.names());
    assertEquals(AttributeValue.fromS("active"), r.value(":v0"));
  }

  @Test
  void aNameWithADotIsOneAttribute() {
    Rendered r = Rendered.of(TestUser_.nickName.eq("JJ"));
    assertEquals("#n0 = :v0", r.text());
    assertEquals(Map.of("#n0", "nick.name"), r.names());
  }

  @Test
  void documentAttributesAreNestedPaths() {
    Rendered r = Rendered.of(TestUser_.address.state.eq("CA"));
    assertEquals("#n0.#n1 = :v0", r.text());
    assertEquals(Map.of("#n0", "address", "#n1", "state"), r.names());
    assertEquals("address.state", TestUser_.address.state.toString());
  }

  @Test
  void listElementsAndMapEntries() {
    assertEquals("#n0[2] = :v0", Rendered.of(TestUser_.history.get(2).eq("login")).text());
    assertEquals("history[2]", TestUser_.history.get(2).toString());
    Rendered entry = Rendered.of(new NumberPath<>(TestUser_.scores, "a.b#c", Encoders.INT).gt(3));
    assertEquals("#n0.#n1 > :v0", entry.text());
    assertEquals("a.b#c", entry.names().get("#n1"));
    assertEquals(AttributeValue.fromN("3"), entry.value(":v0"));
  }

  @Test
  void comparisons() {
    assertEquals("#n0 <> :v0", Rendered.of(TestUser_.age.ne(1)).text());
    assertEquals("#n0 < :v0", Rendered.of(TestUser_.age.lt(1)).text());
    assertEquals("#n0 <= :v0", Rendered.of(TestUser_.age.le(1)).text());
    assertEquals("#n0 > :v0", Rendered.of(TestUser_.age.gt(1)).text());
    assertEquals("#n0 >= :v0", Rendered.of(TestUser_.age.ge(1)).text());
    Rendered between = Rendered.of(TestUser_.age.between(20, 30));
    assertEquals("#n0 BETWEEN :v0 AND :v1", between.text());
    assertEquals(AttributeValue.fromN("20"), between.value(":v0"));
    assertEquals(AttributeValue.fromN("30"), between.value(":v1"));
  }

  @Test
  void in() {
    Rendered r = Rendered.of(TestUser_.accountType.in(AccountType.super_user, AccountType.anonymous));
    assertEquals("#n0 IN (:v0, :v1)", r.text());
    assertEquals(AttributeValue.fromS("super_user"), r.value(":v0"));
    assertEquals(AttributeValue.fromS("anonymous"), r.value(":v1"));
  }

  @Test
  void inTakesOneToAHundredValues() {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> TestUser_.age.in(List.of()));
    assertTrue(none.getMessage().contains("'age' IN got 0 values"), none.getMessage());
    Integer[] many = new Integer[101];
    for (int i = 0; i < many.length; i++) {
      many[i] = i;
    }
    assertThrows(IllegalArgumentException.class, () -> TestUser_.age.in(many));
  }

  @Test
  void functions() {
    assertEquals("begins_with(#n0, :v0)", Rendered.of(TestUser_.firstName.beginsWith("J")).text());
    assertEquals("contains(#n0, :v0)", Rendered.of(TestUser_.firstName.contains("an")).text());
    assertEquals("contains(#n0, :v0)", Rendered.of(TestUser_.tags.contains("vip")).text());
    assertEquals("contains(#n0, :v0)", Rendered.of(TestUser_.history.contains("login")).text());
    assertEquals("attribute_exists(#n0)", Rendered.of(TestUser_.age.exists()).text());
    assertEquals("attribute_not_exists(#n0.#n1)", Rendered.of(TestUser_.address.city.notExists()).text());
    Rendered type = Rendered.of(TestUser_.age.hasType(DynamoType.N));
    assertEquals("attribute_type(#n0, :v0)", type.text());
    assertEquals(AttributeValue.fromS("N"), type.value(":v0"));
    SdkBytes prefix = SdkBytes.fromByteArray(new byte[] {1, 2});
    Rendered binary = Rendered.of(TestUser_.avatar.beginsWith(prefix));
    assertEquals("begins_with(#n0, :v0)", binary.text());
    assertEquals(AttributeValue.fromB(prefix), binary.value(":v0"));
  }

  @Test
  void sizes() {
    assertEquals("size(#n0) > :v0", Rendered.of(TestUser_.tags.size().gt(2)).text());
    assertEquals("size(#n0) = :v0", Rendered.of(TestUser_.firstName.size().eq(4)).text());
    assertEquals("size(#n0.#n1) <= :v0", Rendered.of(TestUser_.address.road.size().le(40)).text());
    assertEquals("size(#n0) BETWEEN :v0 AND :v1", Rendered.of(TestUser_.history.size().between(1, 3)).text());
    assertEquals("size(#n0) <> :v0", Rendered.of(TestUser_.scores.size().ne(0)).text());
    assertEquals("size(#n0) >= :v0", Rendered.of(TestUser_.address.size().ge(1)).text());
    assertEquals("size(#n0) < :v0", Rendered.of(TestUser_.avatar.size().lt(1024)).text());
  }

  @Test
  void andOrNotParenthesizeEachOperand() {
    Condition c =
        TestUser_.firstName.beginsWith("J")
            .and(TestUser_.accountType.eq(AccountType.super_user).or(TestUser_.age.lt(27)))
            .and(TestUser_.status.exists().negate());
    assertEquals(
        "(begins_with(#n0, :v0)) AND ((#n1 = :v1) OR (#n2 < :v2)) AND (NOT (attribute_exists(#n3)))",
        Rendered.of(c).text());
  }

  @Test
  void allOfAnyOfAndNot() {
    assertEquals(
        "(#n0 > :v0) AND (#n0 < :v1)",
        Rendered.of(Condition.allOf(TestUser_.age.gt(1), TestUser_.age.lt(5))).text());
    assertEquals(
        "(#n0 = :v0) OR (#n0 = :v1)",
        Rendered.of(Condition.anyOf(List.of(TestUser_.age.eq(1), TestUser_.age.eq(5)))).text());
    assertEquals("NOT (#n0 = :v0)", Rendered.of(Condition.not(TestUser_.age.eq(1))).text());
    Condition single = TestUser_.age.eq(1);
    assertSame(single, Condition.allOf(single));
    assertSame(single, single.negate().negate());
    assertThrows(IllegalArgumentException.class, () -> Condition.anyOf(List.of()));
  }

  @Test
  void aNameUsedTwiceHasOnePlaceholderAndValuesNeverShare() {
    Rendered r = Rendered.of(TestUser_.age.gt(1).and(TestUser_.age.lt(1)));
    assertEquals("(#n0 > :v0) AND (#n0 < :v1)", r.text());
    assertEquals(1, r.names().size());
    assertEquals(2, r.values().size());
  }

  @Test
  void valuesNeverAppearInTheText() {
    String hostile = "x' OR attribute_exists(#n0) OR ':v0";
    Rendered r = Rendered.of(TestUser_.firstName.eq(hostile).or(TestUser_.scores.get(hostile).exists()));
    assertFalse(r.text().contains("OR attribute_exists(#n0) OR '"), r.text());
    assertEquals("(#n0 = :v0) OR (attribute_exists(#n1.#n2))", r.text());
    assertEquals(AttributeValue.fromS(hostile), r.value(":v0"));
    assertEquals(hostile, r.names().get("#n2"));
  }

  @Test
  void nullValuesAreRejectedWithTheWayOut() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestUser_.address.state.eq(null));
    assertTrue(e.getMessage().contains("'address.state'"), e.getMessage());
    assertTrue(e.getMessage().contains("address.state.notExists()"), e.getMessage());
  }

  @Test
  void notANumberIsRejectedNamingThePath() {
    NumberPath<Double> score = new NumberPath<>(null, "score", Encoders.DOUBLE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> score.lt(Double.NaN));
    assertTrue(e.getMessage().contains("'score'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> score.set(Double.POSITIVE_INFINITY));
  }

  @Test
  void emptyNamesAndNegativeIndexesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new StringPath<>(null, "", Encoders.STRING));
    assertThrows(IllegalArgumentException.class, () -> TestUser_.history.get(-1));
  }

  @Test
  void projectionListsEveryPathOnce() {
    Placeholders placeholders = new Placeholders();
    String projection =
        placeholders.projection(List.of(TestUser_.firstName, TestUser_.address.state, TestUser_.history.get(0)));
    assertEquals("#n0, #n1.#n2, #n3[0]", projection);
    assertEquals(Map.of("#n0", "first_name", "#n1", "address", "#n2", "state", "#n3", "history"), placeholders.names());
    assertEquals(null, placeholders.valuesOrNull());
  }

  @Test
  void pathsAreEqualByAttribute() {
    assertEquals(TestUser_.address.state, new AddressPathProbe().state());
    assertEquals(TestUser_.address.state.hashCode(), new AddressPathProbe().state().hashCode());
  }

  /** A second, independently built path to address.state. */
  private static final class AddressPathProbe {
    StringPath<String> state() {
      return new io.dynagen.runtime.testmodel.AddressPath(null, "address").state;
    }
  }
}
