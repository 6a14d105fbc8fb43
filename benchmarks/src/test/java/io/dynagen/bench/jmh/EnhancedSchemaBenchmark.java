package io.dynagen.bench.jmh;

import io.dynagen.bench.mapping.Samples;
import io.dynagen.bench.model.User;
import io.dynagen.bench.model.UserEnhancedSchema;
import io.dynagen.bench.model.Wide;
import io.dynagen.bench.model.WideEnhancedSchema;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The Enhanced Client's {@code TableSchema} as {@code fromBean} builds it and as Dynagen generates
 * it ({@code XEnhancedSchema}), through the same interface the Enhanced Client calls: time per item
 * written ({@code itemToMap}) and read ({@code mapToItem}). Start-up is {@link
 * EnhancedSchemaStartup}'s. Run by {@link EnhancedSchemaRun}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EnhancedSchemaBenchmark {
  @Param({"users", "wide"})
  public String model;

  @Param({"fromBean", "generated"})
  public String schema;

  private TableSchema<Object> tableSchema;
  private Object object;
  private Map<String, AttributeValue> item;

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() {
    boolean users = model.equals("users");
    boolean generated = schema.equals("generated");
    Object sample = users ? Samples.user() : Samples.wide();
    TableSchema<?> chosen = users
        ? (generated ? UserEnhancedSchema.INSTANCE : TableSchema.fromBean(User.class))
        : (generated ? WideEnhancedSchema.INSTANCE : TableSchema.fromBean(Wide.class));
    tableSchema = (TableSchema<Object>) chosen;
    object = sample;
    item = tableSchema.itemToMap(object, true);
    if (!tableSchema.mapToItem(item).equals(object)) {
      throw new IllegalStateException(schema + " does not read back the " + model + " item it writes");
    }
  }

  @Benchmark
  public Map<String, AttributeValue> write() {
    return tableSchema.itemToMap(object, true);
  }

  @Benchmark
  public Object read() {
    return tableSchema.mapToItem(item);
  }
}
