package io.dynagen.processor.write;

import com.palantir.javapoet.ClassName;

/** The runtime and SDK classes generated code refers to, by name only. */
final class RuntimeNames {
  static final String RUNTIME = "io.dynagen.runtime";
  static final ClassName CODECS = ClassName.get(RUNTIME, "Codecs");
  static final ClassName DOCUMENT_SCHEMA = ClassName.get(RUNTIME, "DocumentSchema");
  static final ClassName KEY_ATTRIBUTE = ClassName.get(RUNTIME, "KeyAttribute");
  static final ClassName SECONDARY_INDEX = ClassName.get(RUNTIME, "SecondaryIndex");
  static final ClassName GENERATED_ATTRIBUTES = ClassName.get(RUNTIME, "GeneratedAttributes");

  static final String EXPR = RUNTIME + ".expr";
  static final String TABLE = RUNTIME + ".table";
  static final String TABLE_READ = TABLE + ".read";
  static final String TABLE_ADMIN = TABLE + ".admin";
  static final ClassName ENCODERS = ClassName.get(EXPR, "Encoders");
  static final ClassName ATTRIBUTE_PATH = ClassName.get(EXPR, "AttributePath");
  static final ClassName CONDITION = ClassName.get(EXPR, "Condition");
  static final ClassName UPDATE = ClassName.get(EXPR, "Update");
  static final ClassName UPDATE_ACTION = ClassName.get(EXPR, "UpdateAction");

  static final ClassName ATTRIBUTE_VALUE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
  static final ClassName SDK_BYTES = ClassName.get("software.amazon.awssdk.core", "SdkBytes");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "io.dynagen.processor.DynagenProcessor";

  private RuntimeNames() {}
}
