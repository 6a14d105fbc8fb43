package io.dynagen.runtime.expr;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes an enum constant as S, its {@code name()} (never {@code toString()}, which an enum may
 * override). Stateless: {@code new EnumEncoder<AccountType>()} once per path.
 *
 * @param <E> the enum type
 */
public final class EnumEncoder<E extends Enum<E>> implements ValueEncoder<E> {

  /** Creates the encoder of one enum type. */
  public EnumEncoder() {}

  @Override
  public AttributeValue encode(E value, String attribute) {
    return AttributeValue.createS(value.name());
  }
}
