/**
 * Plain values to and from DynamoDB attribute values, for code that has no mapped class for its
 * items (the Java counterpart of boto3's {@code TypeSerializer} and {@code TypeDeserializer}):
 * {@link io.dynagen.runtime.plain.PlainSerializer} writes {@code String}, numbers, {@code
 * Boolean}, bytes, lists, sets, maps and {@code null}; {@link
 * io.dynagen.runtime.plain.PlainDeserializer} reads them back, numbers as exact {@code
 * BigDecimal} and binaries as {@code SdkBytes}.
 */
package io.dynagen.runtime.plain;
