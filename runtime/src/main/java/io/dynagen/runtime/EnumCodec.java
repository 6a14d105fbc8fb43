package io.dynagen.runtime;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An enum stored as S, the constant's name. Built by generated code from the enum's own {@code
 * values()}, so that nothing is looked up reflectively.
 *
 * @param <E> the enum
 */
public final class EnumCodec<E extends Enum<E>> implements AttributeCodec<E> {
  private final String enumName;
  private final E[] constants;
  private final Map<String, E> byName;

  /**
   * @param enumName the enum's simple name, for messages
   * @param constants its {@code values()}
   */
  public EnumCodec(String enumName, E[] constants) {
    this.enumName = enumName;
    this.constants = constants;
    this.byName = new HashMap<>(Codecs.capacity(constants.length));
    for (E constant : constants) {
      byName.put(constant.name(), constant);
    }
  }

  @Override
  public AttributeValue write(E value, String attribute) {
    return AttributeValue.createS(value.name());
  }

  @Override
  public E read(AttributeValue value, String attribute) {
    String name = Codecs.readEnumName(value, attribute, enumName);
    E constant = byName.get(name);
    if (constant == null) {
      throw Codecs.unknownEnumConstant(attribute, enumName, name, constants,
          new IllegalArgumentException("No enum constant " + enumName + "." + name));
    }
    return constant;
  }
}
