package io.dynagen.processor.model.dao;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** How a type is written in messages: simple names, {@code List<OrderSummary>}. */
public final class TypeText {
  private TypeText() {}

  public static String simple(TypeMirror type) {
    if (type instanceof DeclaredType declared) {
      String simple = declared.asElement().getSimpleName().toString();
      if (declared.getTypeArguments().isEmpty()) {
        return simple;
      }
      List<String> arguments = new ArrayList<>();
      for (TypeMirror argument : declared.getTypeArguments()) {
        arguments.add(simple(argument));
      }
      return simple + "<" + String.join(", ", arguments) + ">";
    }
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        return "? extends " + simple(wildcard.getExtendsBound());
      }
      return wildcard.getSuperBound() == null ? "?" : "? super " + simple(wildcard.getSuperBound());
    }
    return type.toString();
  }
}
