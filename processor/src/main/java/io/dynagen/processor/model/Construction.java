package io.dynagen.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * How generated code creates an instance.
 *
 * @param kind no-arg constructor then setters/fields, or one constructor taking properties
 * @param constructor the constructor used, or null for {@link Kind#NONE}
 * @param parameters for {@link Kind#CONSTRUCTOR}: the property names in parameter order
 */
public record Construction(Kind kind, ExecutableElement constructor, List<String> parameters) {
  public enum Kind {
    NO_ARG,
    CONSTRUCTOR,
    /** No accessible constructor fits: the checks report it. */
    NONE
  }

  public static Construction none() {
    return new Construction(Kind.NONE, null, List.of());
  }
}
