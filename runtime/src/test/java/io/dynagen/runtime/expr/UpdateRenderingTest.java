package io.dynagen.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testmodel.TestAddress;
import io.dynagen.runtime.testmodel.TestUser_;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class UpdateRenderingTest {

  @Test
  void set() {
    Rendered r = Rendered.of(Update.of(TestUser_.age.set(26)));
    assertEquals("SET #n0 = :v0", r.text());
    assertEquals(AttributeValue.fromN("26"), r.value(":v0"));
  }

  @Test
  void setADocumentEncodesItAsAMap() {
    Rendered r = Rendered.of(Update.of(TestUser_.address.set(new TestAddress("1 Road", "LA", "CA", 90001))));
    assertEquals("SET #n0 = :v0", r.text());
    assertEquals(
        AttributeValue.fromM(
            Map.of(
                "road", AttributeValue.fromS("1 Road"),
                "city", AttributeValue.fromS("LA"),
                "state", AttributeValue.fromS("CA"),
                "zipcode", AttributeValue.fromN("90001"))),
        r.value(":v0"));
  }

  @Test
  void setIfAbsent() {
    assertEquals(
        "SET #n0 = if_not_exists(#n0, :v0)",
        Rendered.of(Update.of(TestUser_.firstName.setIfAbsent("Jane"))).text());
  }

  @Test
  void countStartsFromItsStartWhenTheAttributeIsAbsent() {
    Rendered r = Rendered.of(Update.of(UpdateAction.count(TestUser_.age, 100, 10)));
    assertEquals("SET #n0 = if_not_exists(#n0, :v0) + :v1", r.text());
    assertEquals(AttributeValue.fromN("100"), r.value(":v0"));
    assertEquals(AttributeValue.fromN("10"), r.value(":v1"));
  }

  @Test
  void arithmetic() {
    assertEquals("SET #n0 = #n0 + :v0", Rendered.of(Update.of(TestUser_.age.plus(1))).text());
    assertEquals("SET #n0.#n1 = #n0.#n1 - :v0", Rendered.of(Update.of(TestUser_.address.zipcode.minus(1))).text());
    assertEquals("ADD #n0 :v0", Rendered.of(Update.of(TestUser_.age.add(1))).text());
  }

  @Test
  void appendAndPrependCreateTheListIfMissing() {
    Rendered append = Rendered.of(Update.of(TestUser_.history.append("a", "b")));
    assertEquals("SET #n0 = list_append(if_not_exists(#n0, :v0), :v1)", append.text());
    assertEquals(AttributeValue.fromL(List.of()), append.value(":v0"));
    assertEquals(
        AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromS("b"))), append.value(":v1"));
    assertEquals(
        "SET #n0 = list_append(:v0, if_not_exists(#n0, :v1))",
        Rendered.of(Update.of(TestUser_.history.prepend(List.of("z")))).text());
  }

  @Test
  void setElements() {
    Rendered add = Rendered.of(Update.of(TestUser_.tags.addElements("vip", "beta")));
    assertEquals("ADD #n0 :v0", add.text());
    assertEquals(AttributeValue.fromSs(List.of("vip", "beta")), add.value(":v0"));
    assertEquals("DELETE #n0 :v0", Rendered.of(Update.of(TestUser_.tags.removeElements(Set.of("vip")))).text());
  }

  @Test
  void emptySetsAreRejectedWhereNothingCanBeStored() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TestUser_.tags.addElements(List.of()));
    assertTrue(e.getMessage().contains("'tags'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TestUser_.tags.setIfAbsent(Set.of()));
    assertThrows(IllegalArgumentException.class, () -> TestUser_.tags.addElements("a", null));
  }

  @Test
  void settingAnEmptySetRemovesTheAttributeAsAPutLeavesItOut() {
    assertEquals("REMOVE #n0", Rendered.of(Update.of(TestUser_.tags.set(Set.of()))).text());
  }

  @Test
  void remove() {
    assertEquals("REMOVE #n0[3]", Rendered.of(Update.of(TestUser_.history.get(3).remove())).text());
  }

  @Test
  void actionsAreGroupedByClauseInOneExpression() {
    Update update =
        Update.of(
            TestUser_.status.remove(),
            TestUser_.age.set(26),
            TestUser_.tags.removeElements("old"),
            new NumberPath<>(TestUser_.scores, "math", Encoders.INT).add(5),
            TestUser_.nickName.set("JJ"),
            TestUser_.firstName.remove());
    Rendered r = Rendered.of(update);
    assertEquals("SET #n0 = :v0, #n1 = :v1 REMOVE #n2, #n3 ADD #n4.#n5 :v2 DELETE #n6 :v3", r.text());
    assertEquals("age", r.names().get("#n0"));
    assertEquals("nick.name", r.names().get("#n1"));
    assertEquals("status", r.names().get("#n2"));
  }

  @Test
  void anUpdateNeedsActionsAndOneActionPerPath() {
    assertThrows(IllegalArgumentException.class, () -> Update.of(List.of()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Update.of(TestUser_.age.set(1)).and(TestUser_.age.add(2)));
    assertTrue(e.getMessage().contains("'age'"), e.getMessage());
    IllegalArgumentException nested =
        assertThrows(
            IllegalArgumentException.class,
            () -> Update.of(TestUser_.history.get(0).set("x"), TestUser_.history.append("y")));
    assertTrue(nested.getMessage().contains("'history' and 'history[0]'"), nested.getMessage());
    Update.of(TestUser_.history.get(0).set("x"), TestUser_.history.get(1).remove());
  }

  @Test
  void sortKeyConditions() {
    assertEquals("#n0 = :v0", render(SortKeyCondition.eq("Doe")));
    assertEquals("#n0 < :v0", render(SortKeyCondition.lt("Doe")));
    assertEquals("#n0 <= :v0", render(SortKeyCondition.le("Doe")));
    assertEquals("#n0 > :v0", render(SortKeyCondition.gt("Doe")));
    assertEquals("#n0 >= :v0", render(SortKeyCondition.ge("Doe")));
    assertEquals("#n0 BETWEEN :v0 AND :v1", render(SortKeyCondition.between("A", "M")));
    assertEquals("begins_with(#n0, :v0)", render(SortKeyCondition.beginsWith("Do")));
    assertThrows(IllegalArgumentException.class, () -> render(SortKeyCondition.beginsWith("")));
  }

  @Test
  void betweenBoundsMustBeInDynamoDbSortOrder() {
    assertEquals("#n0 BETWEEN :v0 AND :v1", render(SortKeyCondition.between("M", "M")));
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
        () -> render(SortKeyCondition.between("b", "a")));
    assertEquals("Sort key condition on 'last_name' is BETWEEN 'b' AND 'a', whose low bound sorts above its high"
        + " one: pass the lower bound first", text.getMessage());
    // Strings sort by their UTF-8 bytes: U+FF21 (EF BC A1) before U+1F600 (F0 9F 98 80), where Java's
    // String.compareTo, by UTF-16 units, puts the surrogate 0xD83D first.
    render(SortKeyCondition.between("\uFF21", "\uD83D\uDE00"));
    assertThrows(IllegalArgumentException.class, () -> render(SortKeyCondition.between("\uD83D\uDE00", "\uFF21")));
    // Numbers by value, not by their text: 9 < 10.
    SortKeyCondition.<Long>between(9, 10).render("n", Encoders.LONG, new Placeholders());
    assertThrows(IllegalArgumentException.class,
        () -> SortKeyCondition.<Long>between(10, 9).render("n", Encoders.LONG, new Placeholders()));
    assertThrows(IllegalArgumentException.class, () -> SortKeyCondition.between(new java.math.BigDecimal("-1"),
        new java.math.BigDecimal("-2")).render("n", Encoders.BIG_DECIMAL, new Placeholders()));
    // Binary unsigned: 0x80 sorts after 0x7f.
    SortKeyCondition.between(new byte[] {0x7f}, new byte[] {(byte) 0x80}).render("b", Encoders.BYTES, new Placeholders());
    assertThrows(IllegalArgumentException.class, () -> SortKeyCondition.between(new byte[] {(byte) 0x80},
        new byte[] {0x7f}).render("b", Encoders.BYTES, new Placeholders()));
  }

  private static String render(SortKeyCondition<String> condition) {
    return condition.render("last_name", Encoders.STRING, new Placeholders());
  }
}
