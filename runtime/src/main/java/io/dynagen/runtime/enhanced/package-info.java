/**
 * The AWS SDK Enhanced Client's {@code TableSchema} over Dynagen's generated conversion, for the
 * classes that ask for one ({@code @Table(enhancedSchema = true)}, or the processor option {@code
 * -Adynagen.enhancedSchema=true}). This package needs {@code software.amazon.awssdk:dynamodb-enhanced},
 * an optional dependency of the runtime: only those who opt in load it, and they depend on it
 * themselves.
 */
package io.dynagen.runtime.enhanced;
