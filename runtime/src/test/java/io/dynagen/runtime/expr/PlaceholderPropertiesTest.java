package io.dynagen.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Whatever the attribute names and values, an expression's text holds only placeholders,
 * operators and keywords, and the placeholders map back to exactly those names and values.
 */
class PlaceholderPropertiesTest {
  /** Placeholders, the comparison and function syntax, and nothing else. */
  private static final Pattern ONLY_SYNTAX =
      Pattern.compile("([#:][nv][0-9]+|[ ().,\\[\\]0-9=<>]|AND|OR|NOT|BETWEEN|IN|begins_with|contains|attribute_exists|size)*");

  @Property
  void namesAndValuesNeverReachTheText(
      @ForAll("names") List<String> path, @ForAll @StringLength(max = 30) String value) {
    StringPath<String> attribute = pathOf(path);
    Condition condition =
        attribute.eq(value)
            .or(attribute.beginsWith(value).and(attribute.size().gt(value.length())))
            .or(attribute.exists().negate())
            .and(attribute.between(value, value + "z"));
    Placeholders placeholders = new Placeholders();
    String text = condition.render(placeholders);

    assertTrue(ONLY_SYNTAX.matcher(text).matches(), text);
    // Every segment is one placeholder, reused for a repeated name.
    assertEquals(new java.util.LinkedHashSet<>(path).size(), placeholders.names().size());
    assertTrue(placeholders.names().values().containsAll(path));
    assertTrue(placeholders.values().containsValue(AttributeValue.fromS(value)));
    // Every placeholder in the text is defined, and every definition is used.
    for (String name : placeholders.names().keySet()) {
      assertTrue(text.contains(name), name + " in " + text);
    }
    for (String v : placeholders.values().keySet()) {
      assertTrue(Pattern.compile(Pattern.quote(v) + "(?![0-9])").matcher(text).find(), v + " in " + text);
    }
  }

  @Property
  void renderingIsDeterministic(@ForAll("names") List<String> path, @ForAll int value) {
    NumberPath<Integer> attribute = new NumberPath<>(pathOf(path.subList(0, path.size() - 1)), path.get(path.size() - 1), Encoders.INT);
    Update update = Update.of(attribute.plus(value));
    assertEquals(update.render(new Placeholders()), update.render(new Placeholders()));
  }

  @Property
  void inRendersOnePlaceholderPerValue(@ForAll @Size(min = 1, max = 100) List<@StringLength(max = 5) String> values) {
    Placeholders placeholders = new Placeholders();
    String text = new StringPath<>(null, "a", Encoders.STRING).in(values).render(placeholders);
    assertEquals(values.size(), placeholders.values().size());
    assertEquals(values.size() - 1, text.chars().filter(c -> c == ',').count());
  }

  @Provide
  Arbitrary<List<String>> names() {
    // Any characters, reserved words, dots and '#' included.
    Arbitrary<String> name =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMinLength(1).ofMaxLength(12),
            Arbitraries.of("name", "status", "size", "date", "a.b", "#n0", ":v0", "x[0]"));
    return name.list().ofMinSize(1).ofMaxSize(4);
  }

  private static StringPath<String> pathOf(List<String> names) {
    StringPath<String> path = null;
    List<String> remaining = new ArrayList<>(names);
    if (remaining.isEmpty()) {
      return null;
    }
    for (String name : remaining) {
      path = new StringPath<>(path, name, Encoders.STRING);
    }
    return path;
  }
}
