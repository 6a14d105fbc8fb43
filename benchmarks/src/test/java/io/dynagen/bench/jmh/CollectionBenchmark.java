package io.dynagen.bench.jmh;

import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.CollectionCheck;
import io.dynagen.bench.mapping.CollectionReader;
import io.dynagen.bench.mapping.ShopItems;
import io.dynagen.bench.mapping.ShopSamples;
import io.dynagen.bench.mapping.ShopReaders;
import io.dynagen.bench.shop.ShopItem;
import java.util.List;
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
 * Time to read one customer's partition of the shop table (100 mixed items: 79 order lines, 20
 * orders, the profile, as a Query returns them) into the sealed root type. Each fork runs one
 * reader, so the dispatch only ever sees that reader. Iteration counts and forks are set by the
 * runner.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CollectionBenchmark {
  @Param({"dynagen", "careful"})
  public String reader;

  private CollectionReader collectionReader;
  private List<Map<String, AttributeValue>> items;

  @Setup
  public void setUp() {
    CollectionCheck.requireAgreement();
    collectionReader = ShopReaders.of(Approach.ofId(reader));
    items = ShopItems.of(ShopSamples.collection());
  }

  @Benchmark
  public List<ShopItem> read() {
    return collectionReader.read(items);
  }
}
