package io.dynagen.bench.jmh;

import io.dynagen.bench.mapping.Samples;
import io.dynagen.bench.model.User;
import io.dynagen.bench.model.UserEnhancedSchema;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Start-up: in a fresh JVM (one fork per measurement, one shot, no warm-up), the time to get the
 * Enhanced Client's {@code TableSchema} of {@link User} and write and read one item with it: the
 * first operation's mapping cost, schema creation ({@code fromBean}'s bean introspection, or the
 * generated class's loading) included. The sample object is made before the clock starts.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EnhancedSchemaStartup {
  private final User user = Samples.user();

  @Benchmark
  public Object fromBean() {
    return firstItem(TableSchema.fromBean(User.class));
  }

  @Benchmark
  public Object generated() {
    return firstItem(UserEnhancedSchema.INSTANCE);
  }

  private User firstItem(TableSchema<User> schema) {
    Map<String, AttributeValue> item = schema.itemToMap(user, true);
    return schema.mapToItem(item);
  }
}
