package io.dynagen.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testmodel.TestUser_;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** List elements and map entries get the path of their own type, at any depth. */
class ElementPathsTest {
  private static final ListPath<List<Integer>, ListPath<Integer, NumberPath<Integer>>> GRID =
      new ListPath<>(null, "grid", ElementPaths.lists(ElementPaths.numbers(Encoders.INT)));
  private static final MapPath<Set<String>, SetPath<String>> GROUPS =
      new MapPath<>(null, "groups", ElementPaths.sets(Encoders.STRING));
  private static final ListPath<Map<String, Boolean>, MapPath<Boolean, BooleanPath>> FLAGS =
      new ListPath<>(null, "flags", ElementPaths.maps(ElementPaths.booleans()));

  @Test
  void aMapEntryHasTheOperationsOfItsValueType() {
    Rendered r = Rendered.of(TestUser_.scores.get("math").gt(3));
    assertEquals("#n0.#n1 > :v0", r.text());
    assertEquals(Map.of("#n0", "scores", "#n1", "math"), r.names());
    assertEquals(AttributeValue.fromN("3"), r.value(":v0"));
    assertEquals("scores.math", TestUser_.scores.get("math").toString());

    Rendered plus = Rendered.of(Update.of(TestUser_.scores.get("a.b#c").plus(2)));
    assertEquals("SET #n0.#n1 = #n0.#n1 + :v0", plus.text());
    assertEquals("a.b#c", plus.names().get("#n1"));
  }

  @Test
  void aListElementHasTheOperationsOfItsElementType() {
    Rendered r = Rendered.of(TestUser_.history.get(1).beginsWith("log"));
    assertEquals("begins_with(#n0[1], :v0)", r.text());
    assertEquals(AttributeValue.fromS("log"), r.value(":v0"));
    assertEquals("#n0[0] < :v0", Rendered.of(TestUser_.history.get(0).lt("m")).text());
  }

  @Test
  void nestedCollectionsNestTheirPaths() {
    Rendered cell = Rendered.of(GRID.get(1).get(2).between(1, 9));
    assertEquals("#n0[1][2] BETWEEN :v0 AND :v1", cell.text());
    assertEquals("grid[1][2]", GRID.get(1).get(2).toString());
    assertEquals("size(#n0[1]) > :v0", Rendered.of(GRID.get(1).size().gt(2)).text());
    assertEquals(AttributeValue.fromL(List.of(AttributeValue.fromN("4"))),
        Rendered.of(Update.of(GRID.get(0).append(4))).value(":v1"));

    Rendered member = Rendered.of(GROUPS.get("admins").contains("ann"));
    assertEquals("contains(#n0.#n1, :v0)", member.text());
    assertEquals(AttributeValue.fromS("ann"), member.value(":v0"));
    Rendered added = Rendered.of(Update.of(GROUPS.get("admins").addElements("bob")));
    assertEquals("ADD #n0.#n1 :v0", added.text());
    assertEquals(AttributeValue.fromSs(List.of("bob")), added.value(":v0"));

    Rendered flag = Rendered.of(FLAGS.get(0).get("beta").isTrue());
    assertEquals("#n0[0].#n1 = :v0", flag.text());
    assertEquals(AttributeValue.fromBool(true), flag.value(":v0"));
  }

  @Test
  void everyScalarKindHasElementPaths() {
    ListPath<Duration, ComparablePath<Duration>> timeouts =
        new ListPath<>(null, "timeouts", ElementPaths.comparables(Encoders.DURATION));
    assertEquals(AttributeValue.fromN("1.500000000"),
        Rendered.of(timeouts.get(0).ge(Duration.ofMillis(1500))).value(":v0"));
    MapPath<SdkBytes, BinaryPath<SdkBytes>> blobs =
        new MapPath<>(null, "blobs", ElementPaths.binaries(Encoders.SDK_BYTES));
    assertEquals("begins_with(#n0.#n1, :v0)",
        Rendered.of(blobs.get("png").beginsWith(SdkBytes.fromUtf8String("x"))).text());
    MapPath<String, ValuePath<String>> plain =
        new MapPath<>(null, "plain", ElementPaths.values(Encoders.STRING));
    assertEquals("#n0.#n1 IN (:v0, :v1)", Rendered.of(plain.get("k").in("a", "b")).text());
  }

  @Test
  void elementPathsAreEqualByWhatTheyName() {
    assertEquals(TestUser_.history.get(1), TestUser_.history.get(1));
    assertEquals(GRID.get(1).get(2), GRID.get(1).get(2));
    IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class,
        () -> Update.of(TestUser_.scores.set(Map.of()), TestUser_.scores.get("math").set(1)));
    assertTrue(overlap.getMessage().contains("'scores' and 'scores.math'"), overlap.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GRID.get(-1));
    assertThrows(IllegalArgumentException.class, () -> TestUser_.scores.get(""));
  }
}
