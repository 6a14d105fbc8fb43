package io.dynagen.processor.model;

/**
 * Whether a {@code @Table} class gets an Enhanced Client {@code TableSchema}, and whether the
 * Enhanced Client is there to compile it against.
 *
 * @param requested asked for by {@code @Table(enhancedSchema = true)} or the processor option
 * @param byOption asked for by the processor option rather than the class
 * @param enhancedClientPresent {@code software.amazon.awssdk.enhanced.dynamodb.TableSchema} is on
 *     the compile classpath
 * @param table the class's {@code @Table}, to attach a diagnostic to
 */
public record EnhancedSchemaRequest(boolean requested, boolean byOption, boolean enhancedClientPresent, Placed table) {
  /** The processor option asking for an Enhanced Client schema of every {@code @Table} class. */
  public static final String OPTION = "dynagen.enhancedSchema";
  public static final String ENHANCED_TABLE_SCHEMA = "software.amazon.awssdk.enhanced.dynamodb.TableSchema";
}
