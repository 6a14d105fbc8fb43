package io.dynagen.bench.jmh;

import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.BenchModel;
import io.dynagen.bench.mapping.ItemMapper;
import io.dynagen.bench.mapping.SameItemsCheck;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Time per item written (object to item) and read (item to object), for each model and mapper.
 * The runner picks the (model, mapper) pairs measured (see {@link BenchModel#approaches()}).
 * Each fork runs one (model, mapper) pair, so the measured call sites only ever see that mapper,
 * as in an application that uses one. Every reader reads the same item (the hand-written
 * mapper's: plain hash maps), so reads differ only by the mapper. Iteration counts and forks
 * are set by the runner, not here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MappingBenchmark {
  @Param({"users", "wide", "list", "nested"})
  public String model;

  @Param({"dynagen", "handWritten", "careful", "enhanced"})
  public String mapper;

  private ItemMapper<Object> itemMapper;
  private Object object;
  private Map<String, AttributeValue> item;

  @Setup
  public void setUp() {
    BenchModel benchModel = BenchModel.ofId(model);
    SameItemsCheck.requireAgreement(benchModel);
    itemMapper = benchModel.mapper(Approach.ofId(mapper));
    object = benchModel.sample();
    item = benchModel.mapper(Approach.HAND_WRITTEN).toItem(object);
  }

  @Benchmark
  public Map<String, AttributeValue> write() {
    return itemMapper.toItem(object);
  }

  @Benchmark
  public Object read() {
    return itemMapper.fromItem(item);
  }
}
