package io.dynagen.streams.lambda;

import io.dynagen.runtime.testing.Gen;
import io.dynagen.runtime.testing.Gens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Random DynamoDB values of every type, nested maps and lists up to a depth, with edge cases. */
final class AttributeValueGens {
  private static final int MAX_DEPTH = 4;

  private AttributeValueGens() {}

  static Gen<AttributeValue> values() {
    return Gen.withEdges(source -> value(source, 0),
        AttributeValue.fromS(""),
        AttributeValue.fromS("é \uD83D\uDE00 \u0000"),
        AttributeValue.fromN("0"),
        AttributeValue.fromN("-1.50E-130"),
        AttributeValue.fromN("99999999999999999999999999999999999999E+125"),
        AttributeValue.fromB(SdkBytes.fromByteArray(new byte[0])),
        AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, -1, Byte.MIN_VALUE})),
        AttributeValue.fromSs(List.of("", "a", "\uD83D\uDE00")),
        AttributeValue.fromNs(List.of("1", "-0.000", "1E+3")),
        AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {1}), SdkBytes.fromByteArray(new byte[0]))),
        AttributeValue.fromM(Map.of()),
        AttributeValue.fromL(List.of()),
        AttributeValue.fromBool(false),
        AttributeValue.fromBool(true),
        AttributeValue.fromNul(true),
        AttributeValue.fromM(Map.of("a", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
            "b", AttributeValue.fromL(List.of(AttributeValue.fromNul(true), AttributeValue.fromM(Map.of()))))))))),
        AttributeValue.fromL(List.of(AttributeValue.fromL(List.of(AttributeValue.fromL(List.of()))))));
  }

  static Gen<Map<String, AttributeValue>> items() {
    Gen<AttributeValue> values = values();
    return source -> {
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      int size = source.nextInt(8);
      for (int i = 0; i < size; i++) {
        item.put(name(source), values.next(source));
      }
      return item;
    };
  }

  private static AttributeValue value(Random source, int depth) {
    int kinds = depth >= MAX_DEPTH ? 8 : 10;
    switch (source.nextInt(kinds)) {
      case 0:
        return AttributeValue.fromS(Gens.strings().next(source));
      case 1:
        return AttributeValue.fromN(number(source));
      case 2:
        return AttributeValue.fromB(SdkBytes.fromByteArray(Gens.byteArrays(40).next(source)));
      case 3:
        return AttributeValue.fromSs(List.copyOf(Gens.strings(0, 10).set(1, 5).next(source)));
      case 4: {
        List<String> numbers = new ArrayList<>();
        for (int i = 0, n = 1 + source.nextInt(4); i < n; i++) {
          numbers.add(number(source));
        }
        return AttributeValue.fromNs(numbers);
      }
      case 5: {
        List<SdkBytes> set = new ArrayList<>();
        for (int i = 0, n = 1 + source.nextInt(4); i < n; i++) {
          set.add(SdkBytes.fromByteArray(Gens.byteArrays(10).next(source)));
        }
        return AttributeValue.fromBs(set);
      }
      case 6:
        return AttributeValue.fromBool(source.nextBoolean());
      case 7:
        return AttributeValue.fromNul(true);
      case 8: {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (int i = 0, n = source.nextInt(5); i < n; i++) {
          map.put(name(source), value(source, depth + 1));
        }
        return AttributeValue.fromM(map);
      }
      default: {
        List<AttributeValue> list = new ArrayList<>();
        for (int i = 0, n = source.nextInt(5); i < n; i++) {
          list.add(value(source, depth + 1));
        }
        return AttributeValue.fromL(list);
      }
    }
  }

  /** A number's text as DynamoDB may send it: integers, decimals, exponents, signs. */
  private static String number(Random source) {
    BigDecimal value = new BigDecimal(Gens.bigIntegers(38).next(source), source.nextInt(80) - 40);
    return source.nextBoolean() ? value.toPlainString() : value.toString();
  }

  private static String name(Random source) {
    return Gens.strings(Gens.LETTERS + "._-#", 1, 12).next(source);
  }
}
