package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.plain.PlainDeserializer;
import io.dynagen.runtime.table.internal.ItemDecoder;
import io.dynagen.runtime.testing.Seeds;
import io.dynagen.runtime.testmodel.TestUserSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items as a hostile or broken writer might leave them, or as the SDK builds them from odd wire
 * JSON (several types in one value, sets holding null, numbers that are no numbers, deep nesting),
 * read through a schema and through PlainDeserializer: every failure is a MappingException naming
 * the attribute path, never a NullPointerException or another leak. 20 cases of 250 items,
 * seeded; the seed is in every failure message, replay with {@code -Ddynagen.seed=<seed>}.
 */
class MalformedItemsFuzzTest {
  private static final long SEED = Seeds.seed();
  private static final int ITEMS_PER_CASE = 250;
  private static final List<String> ATTRIBUTES = List.of(
      "username", "last_name", "first_name", "age", "account_type", "address", "status", "nick.name",
      "tags", "history", "scores", "avatar");
  private static final ItemDecoder<?> DECODER = new ItemDecoder<>(TestUserSchema.INSTANCE, "users");

  static Stream<Integer> cases() {
    return IntStream.range(0, 20).boxed();
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void onlyMappingExceptionsNamingAPath(int caseNumber) {
    Random random = new Random(SEED + caseNumber);
    for (int i = 0; i < ITEMS_PER_CASE; i++) {
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      for (String attribute : ATTRIBUTES) {
        int dice = random.nextInt(10);
        if (dice < 4) {
          item.put(attribute, plausible(attribute, random));
        } else if (dice < 9) {
          item.put(attribute, hostile(random, 0));
        }
      }
      String context = "seed " + SEED + ", case " + caseNumber + ", item " + i + ": " + item;
      readOrMappingException(() -> DECODER.decode(item), context);
      readOrMappingException(() -> PlainDeserializer.fromItem(item), context);
    }
  }

  private static void readOrMappingException(Runnable read, String context) {
    try {
      read.run();
    } catch (MappingException e) {
      assertFalse(e.path().isEmpty(), "no path: " + e.getMessage() + "; " + context);
      assertTrue(e.getMessage().contains("'" + e.path() + "'"), e.getMessage());
      assertEquals(e.getMessage(), e.getMessage()); // the message itself must not throw
    } catch (RuntimeException e) {
      fail(e + " leaked; " + context, e);
    }
  }

  /** A value of the type the attribute has, so that items get past their first attribute. */
  private static AttributeValue plausible(String attribute, Random random) {
    switch (attribute) {
      case "age":
        return AttributeValue.fromN(Integer.toString(random.nextInt(200)));
      case "address":
        return AttributeValue.fromM(Map.of("road", AttributeValue.fromS("r"), "zipcode", hostile(random, 1)));
      case "tags":
        return AttributeValue.fromSs(List.of("a", "b"));
      case "history":
        return AttributeValue.fromL(List.of(AttributeValue.fromS("x"), hostile(random, 1)));
      case "scores":
        return AttributeValue.fromM(Map.of("k", hostile(random, 1)));
      case "avatar":
        return AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2}));
      case "account_type":
        return AttributeValue.fromS(random.nextBoolean() ? "standard_user" : "no_such_type");
      default:
        return AttributeValue.fromS("s" + random.nextInt(100));
    }
  }

  /** Any value at all: wrong types, several types at once, nulls inside, junk numbers, deep lists. */
  private static AttributeValue hostile(Random random, int depth) {
    switch (random.nextInt(depth > 6 ? 10 : 14)) {
      case 0:
        return AttributeValue.builder().s("x").n("1").build();
      case 1:
        return AttributeValue.builder().nul(true).s("x").build();
      case 2:
        return AttributeValue.builder().ns(Arrays.asList("1", null)).build();
      case 3:
        return AttributeValue.builder().ss(Arrays.asList(null, "a")).build();
      case 4:
        return AttributeValue.fromN(junkNumber(random));
      case 5:
        return AttributeValue.fromS(junkText(random));
      case 6:
        return AttributeValue.builder().build();
      case 7:
        return AttributeValue.fromBool(random.nextBoolean());
      case 8:
        return AttributeValue.fromNul(true);
      case 9:
        return AttributeValue.builder().bs(Arrays.asList(SdkBytes.fromByteArray(new byte[0]), null)).build();
      case 10:
        return AttributeValue.fromL(List.of(hostile(random, depth + 1), hostile(random, depth + 1)));
      case 11:
        return AttributeValue.fromM(Map.of("a", hostile(random, depth + 1), "b.c", hostile(random, depth + 1)));
      case 12:
        return AttributeValue.builder().l(hostile(random, depth + 1)).m(Map.of()).build();
      default:
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          numbers.add(junkNumber(random));
        }
        return AttributeValue.fromNs(numbers);
    }
  }

  private static String junkNumber(Random random) {
    String[] junk = {"", "-", "1e", "1E+999999999", "NaN", "0x1F", "1.5.5", "١٢", "+3", " 7", "99999999999999999999999", "-0", "1E-400"};
    return random.nextBoolean() ? junk[random.nextInt(junk.length)] : Long.toString(random.nextLong());
  }

  private static String junkText(Random random) {
    String[] junk = {"", "\u0000", "\uD800", "2023-13-45T25:61:61Z", "P-1Y", "standard_user", "\u202Eevil", "x".repeat(1000)};
    return junk[random.nextInt(junk.length)];
  }
}
