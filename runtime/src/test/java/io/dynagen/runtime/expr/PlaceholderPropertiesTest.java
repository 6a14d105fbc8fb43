package io.dynagen.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Whatever the attribute names and values, an expression's text holds only placeholders,
 * operators and keywords, and the placeholders map back to exactly those names and values.
 */
class PlaceholderPropertiesTest {
  /** Placeholders, the comparison and function syntax, and nothing else. */
  private static final Pattern ONLY_SYNTAX =
      Pattern.compile("([#:][nv][0-9]+|[ ().,\\[\\]0-9=<>]|AND|OR|NOT|BETWEEN|IN|begins_with|contains|attribute_exists|size)*");

  static Stream<Arguments> namesAndValuesNeverReachTheText() {
    return RandomCases.of(names(), Gens.strings(0, 30));
  }

  @Property
  void namesAndValuesNeverReachTheText(List<String> path, String value) {
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

  static Stream<Arguments> renderingIsDeterministic() {
    return RandomCases.of(names(), Gens.ints());
  }

  @Property
  void renderingIsDeterministic(List<String> path, int value) {
    NumberPath<Integer> attribute = new NumberPath<>(pathOf(path.subList(0, path.size() - 1)), path.get(path.size() - 1), Encoders.INT);
    Update update = Update.of(attribute.plus(value));
    assertEquals(update.render(new Placeholders()), update.render(new Placeholders()));
  }

  static Stream<Arguments> inRendersOnePlaceholderPerValue() {
    return RandomCases.batches(1000, Gens.strings(0, 5).list(1, 100));
  }

  @Property
  void inRendersOnePlaceholderPerValue(List<List<String>> drawn) {
    for (List<String> values : drawn) {
      Placeholders placeholders = new Placeholders();
      String text = new StringPath<>(null, "a", Encoders.STRING).in(values).render(placeholders);
      assertEquals(values.size(), placeholders.values().size());
      assertEquals(values.size() - 1, text.chars().filter(c -> c == ',').count());
    }
  }

  private static Gen<List<String>> names() {
    // Any characters, reserved words, dots and '#' included.
    Gen<String> name = Gen.oneOf(Gens.strings(1, 12), Gen.of("name", "status", "size", "date", "a.b", "#n0", ":v0", "x[0]"));
    return name.list(1, 4);
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
