package io.dynagen.runtime.single;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A key template of a single-table entity: literal text and {@code {property}} placeholders, such
 * as {@code ORDER#{createdAt}#{orderId}}. The processor checks the template at compile time;
 * generated code parses it once, when its class is initialised.
 *
 * <p>A value put in a placeholder may not hold the character that follows the placeholder in the
 * template (its separator), or a prefix query of the values before it would also match items
 * whose value only starts the same way. The last placeholder, with nothing after it, takes any
 * text.
 */
public final class KeyTemplate {
  private final String text;
  /** Literal texts around the placeholders: {@code literals.size() == properties.size() + 1}. */
  private final List<String> literals;
  private final List<String> properties;

  private KeyTemplate(String text, List<String> literals, List<String> properties) {
    this.text = text;
    this.literals = List.copyOf(literals);
    this.properties = List.copyOf(properties);
  }

  /**
   * Parses a template.
   *
   * @param text the template, such as {@code ORDER#{createdAt}#{orderId}}
   * @return the parsed template
   * @throws IllegalArgumentException if a brace is unbalanced, a placeholder is empty, or two
   *     placeholders touch (the processor reports these at compile time)
   */
  public static KeyTemplate parse(String text) {
    Objects.requireNonNull(text, "text");
    List<String> literals = new ArrayList<>();
    List<String> properties = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        throw malformed(text, "a '}' without its '{'");
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = text.indexOf('}', i);
      if (close < 0) {
        throw malformed(text, "a '{' without its '}'");
      }
      String property = text.substring(i + 1, close);
      if (property.isEmpty() || property.indexOf('{') >= 0) {
        throw malformed(text, "an empty or nested placeholder");
      }
      if (!properties.isEmpty() && literal.length() == 0) {
        throw malformed(text, "two placeholders with no text between them");
      }
      literals.add(literal.toString());
      literal.setLength(0);
      properties.add(property);
      i = close + 1;
    }
    literals.add(literal.toString());
    if (text.isEmpty()) {
      throw malformed(text, "no text at all");
    }
    return new KeyTemplate(text, literals, properties);
  }

  private static IllegalArgumentException malformed(String text, String problem) {
    return new IllegalArgumentException("Key template '" + text + "' has " + problem);
  }

  /** {@return the template as written} */
  public String text() {
    return text;
  }

  /** {@return the properties named by the placeholders, in template order} */
  public List<String> properties() {
    return properties;
  }

  /** {@return true if the template has no placeholders: every item of the entity has this very key} */
  public boolean isLiteral() {
    return properties.isEmpty();
  }

  /** {@return the literal text before the first placeholder: the whole template if it has none} */
  public String prefix() {
    return literals.get(0);
  }

  /**
   * {@return the literal text after placeholder {@code index}: its separator, or the text that ends
   * the key after the last placeholder (maybe empty)}
   *
   * @param index a placeholder's position, from 0
   */
  String literalAfter(int index) {
    return literals.get(index + 1);
  }

  /**
   * {@return true if {@code key} could have been written by this template (by its literal prefix)}
   *
   * @param key a stored key text
   */
  public boolean matches(String key) {
    return isLiteral() ? key.equals(text) : key.startsWith(prefix());
  }

  /**
   * {@return true if one key could match both templates (by their literal prefixes)}
   *
   * @param other another template
   */
  public boolean overlaps(KeyTemplate other) {
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

  /**
   * The key text of these values, one per placeholder, in template order.
   *
   * @param entity the entity type name, for messages
   * @param values the values, in template order
   * @return the key text
   * @throws IllegalArgumentException if a value is null, holds its separator, or cannot go in a key
   */
  public String format(String entity, Object... values) {
    if (values.length != properties.size()) {
      throw new IllegalArgumentException("Key template '" + text + "' of " + entity + " takes "
          + properties.size() + " values (" + String.join(", ", properties) + "), not " + values.length);
    }
    StringBuilder key = new StringBuilder(text.length() + 16 * values.length);
    key.append(literals.get(0));
    for (int i = 0; i < values.length; i++) {
      String property = properties.get(i);
      if (values[i] == null) {
        throw new IllegalArgumentException("Property '" + property + "' of " + entity + " is null, but it is part of"
            + " the key template '" + text + "'; give it a value");
      }
      String value = KeyText.of(values[i], entity, property);
      String next = literals.get(i + 1);
      boolean last = i == values.length - 1;
      if (!last && value.indexOf(next.charAt(0)) >= 0) {
        throw new IllegalArgumentException("Property '" + property + "' of " + entity + " is \"" + value
            + "\", which holds '" + next.charAt(0) + "', the separator after it in the key template '" + text
            + "': a prefix query could not tell where the value ends; use a value without '" + next.charAt(0)
            + "', or move the property to the template's last placeholder");
      }
      key.append(value).append(next);
    }
    return key.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
