package io.dynagen.runtime.table.internal;

import io.dynagen.runtime.expr.Condition;
import io.dynagen.runtime.table.internal.GeneratedValues.VersionCheck;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item ready to be put: its attributes as sent, with the values Dynagen generated filled in,
 * and the check of its {@code @Version} if its class has one.
 *
 * @param object the object the caller gave
 * @param attributes the item as sent
 * @param version the version check, or {@code null} for an unversioned class
 * @param size the item's size as DynamoDB counts it, in bytes
 * @param generatedValues true if Dynagen added or changed attributes of {@code object}
 */
public record PreparedPut<T>(
    T object, Map<String, AttributeValue> attributes, long size, VersionCheck version, boolean generatedValues) {

  /** The condition of the put: the caller's (or {@code null}) and the version check. */
  public Condition condition(Condition callers) {
    return VersionCheck.join(callers, version);
  }

  /** The object as written: the caller's own, unless Dynagen generated values for it. */
  public T written(ItemDecoder<T> decoder) {
    return generatedValues ? decoder.decode(attributes) : object;
  }
}
