package io.dynagen.runtime.expr;

import io.dynagen.runtime.DocumentSchema;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes a {@code @Document} object as M through its generated {@link DocumentSchema}.
 *
 * @param <D> the document class
 */
public final class DocumentEncoder<D> implements ValueEncoder<D> {
  private final DocumentSchema<D> schema;

  /**
   * Encodes through the generated schema, such as {@code AddressSchema.INSTANCE}.
   *
   * @param schema the document's generated schema
   */
  public DocumentEncoder(DocumentSchema<D> schema) {
    this.schema = Objects.requireNonNull(schema, "schema");
  }

  @Override
  public AttributeValue encode(D value, String attribute) {
    return AttributeValue.createM(schema.toMap(value));
  }
}
