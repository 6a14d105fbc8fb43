package io.dynagen.runtime.expr;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An expression as a request would carry it: text, names and values. */
record Rendered(String text, Map<String, String> names, Map<String, AttributeValue> values) {

  static Rendered of(Condition condition) {
    Placeholders placeholders = new Placeholders();
    String text = condition.render(placeholders);
    return new Rendered(text, placeholders.names(), placeholders.values());
  }

  static Rendered of(Update update) {
    Placeholders placeholders = new Placeholders();
    String text = update.render(placeholders);
    return new Rendered(text, placeholders.names(), placeholders.values());
  }

  AttributeValue value(String placeholder) {
    return values.get(placeholder);
  }
}
