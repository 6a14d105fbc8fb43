package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class MappingExceptionTest {

  private static MappingException zipcode() {
    return MappingException.wrongType("zipcode", "N (int)", AttributeValue.fromS("abc"));
  }

  @Test
  void pathsGrowOutwardAsTheExceptionTravelsUp() {
    assertEquals("zipcode", zipcode().path());
    assertEquals("address.zipcode", zipcode().under("address").path());
    assertEquals("tags[2].zipcode", zipcode().atIndex(2).under("tags").path());
    assertEquals("home.tags[2].zipcode", zipcode().atIndex(2).under("tags").under("home").path());
  }

  @Test
  void elementsOfNestedListsAndMaps() {
    MappingException element = MappingException.wrongType(null, "N (int)", AttributeValue.fromS("x"));

    assertEquals("matrix[1][2]", element.atIndex(2).atIndex(1).under("matrix").path());
    assertEquals("scores.alice", MappingException.badValue(null, "N", "S", null).under("alice").under("scores").path());
    assertEquals("", MappingException.badValue(null, "N", "S", null).path());
  }

  @Test
  void messageNamesPathExpectedAndFound() {
    assertEquals("Cannot read attribute 'address.zipcode': expected N (int), found S \"abc\"",
        zipcode().under("address").getMessage());
  }

  @Test
  void inItemNamesTableAndKeyInnermostFirst() {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("username", AttributeValue.fromS("johndoe"));
    key.put("last_name", AttributeValue.fromS("Doe"));

    MappingException e = zipcode().under("address").inItem("users", key).inItem("outer", Map.of());

    assertEquals("users", e.table());
    assertEquals("{username=S \"johndoe\", last_name=S \"Doe\"}", e.key());
    assertEquals("Cannot read attribute 'address.zipcode' of item {username=S \"johndoe\", last_name=S \"Doe\"}"
        + " in table 'users': expected N (int), found S \"abc\"", e.getMessage());
  }

  @Test
  void theTableReadFromReplacesTheSchemasNameButNotTheKey() {
    Map<String, AttributeValue> key = Map.of("username", AttributeValue.fromS("johndoe"));

    MappingException e = zipcode().inItem("users", key).readFrom("prod-users", Map.of());

    assertEquals("prod-users", e.table());
    assertEquals("{username=S \"johndoe\"}", e.key());
    assertEquals("prod-users", zipcode().readFrom("prod-users", key).inItem("users", Map.of()).table());
  }

  @Test
  void withoutAnItemThereIsNoTableOrKey() {
    MappingException e = zipcode().inItem(null, null);

    assertNull(e.table());
    assertNull(e.key());
  }

  @Test
  void theCauseIsQuotedInTheMessage() {
    MappingException e = MappingException.badValue("born", "S (LocalDate)", "S \"x\"", new IllegalStateException("bad day"));

    assertTrue(e.getMessage().endsWith(" (bad day)"), e.getMessage());
  }

  @Test
  void describesEveryAttributeType() {
    assertEquals("nothing", MappingException.describe(null));
    assertEquals("N 12", MappingException.describe(AttributeValue.fromN("12")));
    assertEquals("BOOL false", MappingException.describe(AttributeValue.fromBool(false)));
    assertEquals("NULL", MappingException.describe(AttributeValue.fromNul(true)));
    assertEquals("B (3 bytes)", MappingException.describe(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[3]))));
    assertEquals("SS of 2", MappingException.describe(AttributeValue.fromSs(List.of("a", "b"))));
    assertEquals("NS of 1", MappingException.describe(AttributeValue.fromNs(List.of("1"))));
    assertEquals("BS of 0", MappingException.describe(AttributeValue.fromBs(List.of())));
    assertEquals("L of 0", MappingException.describe(AttributeValue.fromL(List.of())));
    assertEquals("M of 1", MappingException.describe(AttributeValue.fromM(Map.of("a", AttributeValue.fromS("")))));
    assertEquals("an attribute value of unknown type", MappingException.describe(AttributeValue.builder().build()));
    // The SDK's builder keeps a cleared member's type: typed S or N, holding nothing.
    assertEquals("S with no string in it", MappingException.describe(AttributeValue.builder().s("a").s(null).build()));
    assertEquals("N with no number in it", MappingException.describe(AttributeValue.builder().n("1").n(null).build()));
  }

  @Test
  void longStringsAreAbbreviated() {
    String found = MappingException.describe(AttributeValue.fromS("x".repeat(100)));

    assertEquals("S \"" + "x".repeat(57) + "...\"", found);
  }
}
