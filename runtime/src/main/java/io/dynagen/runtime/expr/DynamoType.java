package io.dynagen.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB attribute types, for {@link AttributePath#hasType}. */
public enum DynamoType {
  /** String. */
  S,
  /** String set. */
  SS,
  /** Number. */
  N,
  /** Number set. */
  NS,
  /** Binary. */
  B,
  /** Binary set. */
  BS,
  /** Boolean. */
  BOOL,
  /** Null. */
  NULL,
  /** List. */
  L,
  /** Map. */
  M;

  /** The type's code as attribute_type's second argument expects it. */
  AttributeValue asValue() {
    return AttributeValue.createS(name());
  }
}
