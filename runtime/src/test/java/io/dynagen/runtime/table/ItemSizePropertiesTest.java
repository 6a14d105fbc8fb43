package io.dynagen.runtime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynagen.runtime.ValueGens;
import io.dynagen.runtime.ValueLimits;
import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import io.dynagen.runtime.testing.Property;
import io.dynagen.runtime.testing.RandomCases;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemSizePropertiesTest {

  static Stream<Arguments> utf8LengthIsWhatJavaEncodes() {
    return RandomCases.batches(1000, Gens.strings());
  }

  @Property
  void utf8LengthIsWhatJavaEncodes(List<String> texts) {
    for (String text : texts) {
      // Strings with unpaired surrogates are not valid UTF-16; DynamoDB never sees them.
      String valid = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      assertEquals(valid.getBytes(StandardCharsets.UTF_8).length, ItemSize.utf8Length(valid));
    }
  }

  static Stream<Arguments> theCheckingWalkCountsWhatItemSizeCounts() {
    return RandomCases.of(200, items());
  }

  /** A put counts its item's size in the walk that checks its values: both counts must agree. */
  @Property
  void theCheckingWalkCountsWhatItemSizeCounts(Map<String, AttributeValue> item) {
    assertEquals(ItemSize.of(item), ValueLimits.checkItem(item, ""), () -> "item " + item);
  }

  /** Numbers within DynamoDB's range: up to 38 digits, shifted at most 40 places. */
  private static final Gen<BigDecimal> NUMBERS = Gen.combine(ValueGens.bigIntegers(), Gens.ints(-40, 40), BigDecimal::new);

  /** Valid items of every type, lists and maps nested up to four deep. */
  private static Gen<Map<String, AttributeValue>> items() {
    return random -> map(random, 4);
  }

  private static Map<String, AttributeValue> map(Random random, int depth) {
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    int size = random.nextInt(6);
    for (int i = 0; i < size; i++) {
      map.put(Gens.utf16Strings(1, 12).next(random), value(random, depth));
    }
    return map;
  }

  private static AttributeValue value(Random random, int depth) {
    switch (random.nextInt(depth > 0 ? 10 : 8)) {
      case 0:
        return AttributeValue.fromS(Gens.utf16Strings(0, 40).next(random));
      case 1:
        return AttributeValue.fromN(NUMBERS.next(random).toString());
      case 2:
        return AttributeValue.fromB(SdkBytes.fromByteArray(Gens.byteArrays(30).next(random)));
      case 3:
        return AttributeValue.fromBool(random.nextBoolean());
      case 4:
        return AttributeValue.fromNul(true);
      case 5:
        return AttributeValue.fromSs(new ArrayList<>(Gens.utf16Strings(0, 20).set(1, 5).next(random)));
      case 6:
        return AttributeValue.fromNs(NUMBERS.set(1, 5).next(random).stream()
            .map(BigDecimal::stripTrailingZeros).distinct().map(BigDecimal::toPlainString).toList());
      case 7:
        return AttributeValue.fromBs(Gens.byteArrays(20).set(1, 4).next(random).stream()
            .map(bytes -> SdkBytes.fromByteArray(bytes)).distinct().toList());
      case 8: {
        List<AttributeValue> list = new ArrayList<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
          list.add(value(random, depth - 1));
        }
        return AttributeValue.fromL(list);
      }
      default:
        return AttributeValue.fromM(map(random, depth - 1));
    }
  }
}
