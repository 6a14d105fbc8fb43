package io.dynagen.runtime.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A property test: a JUnit parameterized test over the {@link RandomCases} returned by the static
 * method of the same name without parameters; a failure names the seed that replays it.
 *
 * <pre>{@code
 * static Stream<Arguments> longs() { return RandomCases.of(2000, Gens.longs()); }
 *
 * @Property
 * void longs(long value) { assertEquals(value, Codecs.readLong(n(value), "a")); }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "{0}")
@MethodSource
@ExtendWith(ReportSeed.class)
public @interface Property {}
