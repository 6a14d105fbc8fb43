package io.dynagen.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A key template as written in {@code @Entity} or {@code @EntityIndex}: literal text and {@code
 * {property}} placeholders. Parsed here as the runtime's KeyTemplate parses it, so that what the
 * processor accepts the generated code can parse.
 *
 * @param text the template as written
 * @param literals the texts around the placeholders (one more than the placeholders); empty if
 *     the template is malformed
 * @param properties the placeholders' property names, in order; empty if malformed
 * @param problem what is malformed, or {@code null}
 */
public record KeyTemplateModel(String text, List<String> literals, List<String> properties, String problem) {

  public static KeyTemplateModel parse(String text) {
    List<String> literals = new ArrayList<>();
    List<String> properties = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    if (text.isEmpty()) {
      return malformed(text, "is empty");
    }
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        return malformed(text, "has a '}' without its '{'");
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = text.indexOf('}', i);
      if (close < 0) {
        return malformed(text, "has a '{' without its '}'");
      }
      String property = text.substring(i + 1, close);
      if (property.isEmpty() || property.indexOf('{') >= 0) {
        return malformed(text, "has an empty or nested placeholder");
      }
      if (!properties.isEmpty() && literal.length() == 0) {
        return malformed(text, "has two placeholders with no text between them, so a value's end could not be"
            + " told (write a separator such as '#' between them)");
      }
      literals.add(literal.toString());
      literal.setLength(0);
      properties.add(property);
      i = close + 1;
    }
    literals.add(literal.toString());
    return new KeyTemplateModel(text, List.copyOf(literals), List.copyOf(properties), null);
  }

  private static KeyTemplateModel malformed(String text, String problem) {
    return new KeyTemplateModel(text, List.of(), List.of(), problem);
  }

  public boolean isMalformed() {
    return problem != null;
  }

  public boolean isLiteral() {
    return properties.isEmpty();
  }

  /** The literal text before the first placeholder: the whole template if it has none. */
  public String prefix() {
    return literals.isEmpty() ? text : literals.get(0);
  }

  /** True if one key text could be written by both templates, judged by their literal prefixes. */
  public boolean overlaps(KeyTemplateModel other) {
    if (isLiteral() && other.isLiteral()) {
      return text.equals(other.text);
    }
    if (isLiteral()) {
      return text.startsWith(other.prefix());
    }
    if (other.isLiteral()) {
      return other.text.startsWith(prefix());
    }
    return prefix().startsWith(other.prefix()) || other.prefix().startsWith(prefix());
  }

  /** The template with each placeholder written {@code {}}: two templates of one shape are equal here. */
  public String shape() {
    return String.join("{}", literals);
  }
}
