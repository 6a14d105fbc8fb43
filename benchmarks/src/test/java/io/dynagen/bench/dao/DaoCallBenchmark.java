package io.dynagen.bench.dao;

import io.dynagen.bench.dao.UserDao.UserName;
import io.dynagen.bench.mapping.Samples;
import io.dynagen.bench.model.User;
import io.dynagen.bench.model.UserSchema;
import io.dynagen.bench.model.UserTable;
import io.dynagen.bench.model.User_;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A call through a generated DAO against the same call written on the generated table, side by
 * side, over {@link CannedClient}: a get by key, a query of a partition into a list (10 items),
 * and the same query projected into a record. The table calls are what a person writes without
 * a DAO, projection included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DaoCallBenchmark {
  private UserTable table;
  private UserDao dao;

  @Setup
  public void setUp() {
    Map<String, AttributeValue> item = UserSchema.INSTANCE.toItem(Samples.user());
    List<Map<String, AttributeValue>> page = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      page.add(UserSchema.INSTANCE.toItem(Samples.user("janedoe", "Doe" + i)));
    }
    table = UserTable.create(new CannedClient(item, page));
    dao = new UserDaoImpl(table);
  }

  @Benchmark
  public Optional<User> tableGet() {
    return table.get("janedoe", "Doe");
  }

  @Benchmark
  public Optional<User> daoGet() {
    return dao.get("janedoe", "Doe");
  }

  @Benchmark
  public List<User> tableQuery() {
    return table.query("janedoe").toList();
  }

  @Benchmark
  public List<User> daoQuery() {
    return dao.findByUsername("janedoe");
  }

  @Benchmark
  public List<UserName> tableProjection() {
    List<UserName> names = new ArrayList<>();
    for (User user : table.query("janedoe").project(User_.username, User_.lastName, User_.firstName)) {
      names.add(new UserName(user.getUsername(), user.getLastName(), user.getFirstName()));
    }
    return names;
  }

  @Benchmark
  public List<UserName> daoProjection() {
    return dao.findNamesByUsername("janedoe");
  }
}
