package io.dynagen.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The three static {@code create} methods a generated table accessor offers over a client (the
 * table's own name, a name given at run time, {@code TableNames}), shared by the sync and the
 * async accessor so both read alike.
 */
final class ClientFactories {
  private static final ClassName TABLE_NAMES = ClassName.get(RuntimeNames.TABLE_ADMIN, "TableNames");

  private ClientFactories() {}

  /**
   * Adds them to {@code accessor}; each calls {@code typedTable.of(client, Schema.INSTANCE, ...)}.
   *
   * @param what how the javadoc names the accessor ("accessor", "async accessor")
   */
  static void addTo(TypeSpec.Builder accessor, ClassName name, String what, ClassName client,
      ClassName typedTable, ClassName schema, String tableName) {
    accessor
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("The $L of the table named {@code $L}.\n", what, tableName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(client, "client")
            .addStatement("return new $T($T.of(client, $T.INSTANCE))", name, typedTable, schema)
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("The $L of the table named {@code tableName} (per environment, say).\n", what)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(client, "client")
            .addParameter(String.class, "tableName")
            .addStatement("return new $T($T.of(client, $T.INSTANCE, tableName))", name, typedTable, schema)
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("The $L of the table {@code names} make of {@code $L} ({@code prod-$L}, say).\n",
                what, tableName, tableName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(client, "client")
            .addParameter(TABLE_NAMES, "names")
            .addStatement("return new $T($T.of(client, $T.INSTANCE, names))", name, typedTable, schema)
            .build());
  }
}
