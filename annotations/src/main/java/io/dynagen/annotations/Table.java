package io.dynagen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as the items of one DynamoDB table.
 *
 * <p>For {@code @Table class User} in package {@code p}, the Dynagen processor generates, in
 * {@code p}: {@code UserSchema} (converts a {@code User} to and from a DynamoDB item),
 * {@code UserTable} (the typed table accessor) and {@code User_} (the typed metamodel).
 *
 * <p>The class must be a top-level or static nested class, not private, not generic, not
 * abstract, and must declare exactly one property annotated with {@link PartitionKey} and at
 * most one with {@link SortKey}. It may be a JavaBean (public no-arg constructor with getters
 * and setters), a record, an immutable class with one constructor taking every property, or a
 * class with non-private fields.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /**
   * {@return the DynamoDB table name: 3 to 255 characters of {@code a-z A-Z 0-9 _ . -}} Defaults to
   * the simple name of the class. The generated {@code XTable.create(client, name)} can override it
   * at run time (per environment, for instance).
   */
  String name() default "";

  /**
   * {@return whether to also generate {@code XEnhancedSchema}} That is a {@code TableSchema<X>} of
   * the AWS SDK's Enhanced Client over Dynagen's generated conversion, for code on {@code DynamoDbEnhancedClient} to use
   * without reflection: {@code enhanced.table("users", UserEnhancedSchema.INSTANCE)}. Needs
   * {@code software.amazon.awssdk:dynamodb-enhanced} among the dependencies. The processor option
   * {@code -Adynagen.enhancedSchema=true} asks for it for every {@code @Table} class of a build.
   */
  boolean enhancedSchema() default false;
}
