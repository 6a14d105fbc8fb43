package io.dynagen.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code begins_with} and {@code contains} on the stored text of an S attribute, for {@link StringPath} and {@link TextPath}. */
final class TextFunctions {
  private TextFunctions() {}

  static Condition beginsWith(AttributePath path, String prefix) {
    return new FunctionCondition("begins_with", path, text(path, prefix, "beginsWith"));
  }

  static Condition contains(AttributePath path, String substring) {
    return new FunctionCondition("contains", path, text(path, substring, "contains"));
  }

  private static AttributeValue text(AttributePath path, String text, String operation) {
    if (text == null) {
      throw new IllegalArgumentException(
          "Null text for '" + path + "' in " + operation + ": pass a string");
    }
    return AttributeValue.createS(text);
  }
}
