package io.dynagen.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The cases of a property test: first its edge cases, then {@code tries} random cases, each drawn
 * from a {@link Random} with a seed of its own. The seed is the case's name, and {@link
 * ReportSeed} puts it, the command that replays it and the values drawn in the failure message.
 *
 * <p><b>Replaying a case.</b> Run the failing test with the seed its failure printed:
 * {@code mvn -B -ntp test -pl runtime -am -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest='CodecsRoundTripTest#instants' -Ddynagen.seed=123456789} (for the example app's tests,
 * {@code verify -pl processor,runtime,example-app -am}). With {@code dynagen.seed} set, every
 * property runs that one case and nothing else (no edge cases, no other random ones). Edge
 * cases need no seed: they are the same in every run. Without it, each run draws new seeds, as
 * a property test should, so that CI keeps looking in new places.
 *
 * <p>Write a property as {@code @Property void name(T value)} next to a static {@code
 * Stream<Arguments> name()} that returns {@code RandomCases.of(tries, generator...)}: one
 * generator per parameter. Where a case costs microseconds, take {@code List<T> values} from
 * {@link #batches} instead and loop: JUnit and Surefire spend about a millisecond reporting
 * each case, which over 100,000 cases made the build minutes slower.
 */
public final class RandomCases {
  /** The system property that replays one case: {@code -Ddynagen.seed=<the seed a failure printed>}. */
  public static final String SEED_PROPERTY = "dynagen.seed";
  /** Values per case in {@link #batches}. */
  public static final int BATCH = 20;
  /** At most this many edge cases per property. */
  private static final int MAX_EDGE_CASES = 64;

  private RandomCases() {}

  /** A thousand random cases after the edge cases. */
  public static Stream<Arguments> of(Gen<?>... parameters) {
    return of(1000, parameters);
  }

  public static Stream<Arguments> of(int tries, Gen<?>... parameters) {
    String replay = System.getProperty(SEED_PROPERTY);
    if (replay != null && !replay.isBlank()) {
      long seed = Long.parseLong(replay.trim());
      return Stream.of(randomCase(seed, parameters));
    }
    long base = new SplittableRandom().nextLong();
    return Stream.concat(
        edgeCases(parameters).stream(),
        IntStream.range(0, tries).mapToObj(i -> randomCase(caseSeed(base, i), parameters)));
  }

  /**
   * For cheap properties, where running a case costs less than JUnit and Surefire spend on
   * reporting it: {@code values} values in cases of {@value #BATCH}, each case a list drawn from
   * one seed (edge cases likewise), so the property loops over its list. The same number of
   * values is tried for a twentieth of the per-case cost; a failure still names its seed.
   */
  public static Stream<Arguments> batches(int values, Gen<?> parameter) {
    return of((values + BATCH - 1) / BATCH, parameter.list(BATCH, BATCH));
  }

  /** The values of these generators for one seed: what a case with that seed is given. */
  public static Object[] draw(long seed, Gen<?>... parameters) {
    Random source = new Random(seed);
    Object[] values = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      values[i] = parameters[i].next(source);
    }
    return values;
  }

  /** Case seeds fit java.util.Random's 48 bits, so that two seeds printed are two cases. */
  private static long caseSeed(long base, int index) {
    long z = base + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return (z ^ (z >>> 31)) & 0xFFFF_FFFF_FFFFL;
  }

  private static Arguments randomCase(long seed, Gen<?>[] parameters) {
    return named("seed " + seed, draw(seed, parameters));
  }

  /** As many as the longest list of edge values drawn from, so that each of them is tried. */
  private static List<Arguments> edgeCases(Gen<?>[] parameters) {
    List<Arguments> cases = new ArrayList<>();
    int widest = 1;
    for (int index = 0; index < Math.min(widest, MAX_EDGE_CASES); index++) {
      EdgeRandom source = new EdgeRandom(index, index);
      Object[] values = new Object[parameters.length];
      for (int i = 0; i < parameters.length; i++) {
        values[i] = parameters[i].next(source);
      }
      widest = Math.max(widest, source.widest());
      cases.add(named("edge case " + (index + 1), values));
    }
    return cases;
  }

  /** The first value named after the case: the case's name is its seed (or edge case number). */
  private static Arguments named(String name, Object[] values) {
    Object[] arguments = values.clone();
    if (arguments.length > 0) {
      arguments[0] = Named.of(name, values[0]);
    }
    return Arguments.of(arguments);
  }
}
