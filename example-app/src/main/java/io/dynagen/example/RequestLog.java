package io.dynagen.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Keeps a one-line description of every request the client sends (one per operation, retries
 * not counted), with what DynamoDB is asked: the key of a GetItem, the key condition of a Query
 * with its names and values filled in, the puts of a transaction. The shop walk-through prints
 * them to show that each access pattern is one request.
 */
final class RequestLog implements ExecutionInterceptor {
  private static final Pattern PLACEHOLDER = Pattern.compile("[#:][A-Za-z0-9_]+");

  private final List<String> requests = new ArrayList<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String line = describe(context.request());
    synchronized (requests) {
      requests.add(line);
    }
  }

  /** The requests sent since the last call, and forgets them. */
  List<String> take() {
    synchronized (requests) {
      List<String> taken = List.copyOf(requests);
      requests.clear();
      return taken;
    }
  }

  static String describe(SdkRequest request) {
    if (request instanceof GetItemRequest get) {
      return "GetItem " + get.tableName() + " key " + text(get.key());
    }
    if (request instanceof CreateTableRequest create) {
      return "CreateTable " + create.tableName() + " keys " + keys(create.keySchema()) + indexes(create);
    }
    if (request instanceof DescribeTableRequest describe) {
      return "DescribeTable " + describe.tableName();
    }
    if (request instanceof QueryRequest query) {
      StringBuilder line = new StringBuilder("Query ").append(query.tableName());
      if (query.indexName() != null) {
        line.append(" index ").append(query.indexName());
      }
      line.append(" where ").append(
          filledIn(query.keyConditionExpression(), query.expressionAttributeNames(), query.expressionAttributeValues()));
      if (query.filterExpression() != null) {
        line.append(" filter ").append(
            filledIn(query.filterExpression(), query.expressionAttributeNames(), query.expressionAttributeValues()));
      }
      if (Boolean.FALSE.equals(query.scanIndexForward())) {
        line.append(", newest first (ScanIndexForward=false)");
      }
      return line.toString();
    }
    if (request instanceof PutItemRequest put) {
      return "PutItem " + put.tableName() + " " + keyOf(put.item());
    }
    if (request instanceof TransactWriteItemsRequest transaction) {
      StringBuilder line = new StringBuilder("TransactWriteItems");
      String separator = " ";
      for (TransactWriteItem item : transaction.transactItems()) {
        if (item.put() != null) {
          line.append(separator).append("put ").append(keyOf(item.put().item()));
          separator = ", ";
        }
      }
      return line.toString();
    }
    String name = request.getClass().getSimpleName();
    return name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
  }

  private static String keys(List<KeySchemaElement> keys) {
    StringBuilder text = new StringBuilder();
    for (KeySchemaElement key : keys) {
      text.append(text.length() == 0 ? "" : ", ").append(key.attributeName());
    }
    return text.toString();
  }

  private static String indexes(CreateTableRequest create) {
    StringBuilder text = new StringBuilder();
    for (GlobalSecondaryIndex index : create.globalSecondaryIndexes()) {
      text.append(", index ").append(index.indexName()).append(" keys ").append(keys(index.keySchema()));
    }
    return text.toString();
  }

  /** An item's PK and SK, the two attributes every item of a single table has. */
  private static String keyOf(Map<String, AttributeValue> item) {
    return text(item.get("PK")) + " " + text(item.get("SK"));
  }

  private static String text(Map<String, AttributeValue> key) {
    StringBuilder line = new StringBuilder();
    // By name, so that PK comes before SK.
    new TreeMap<>(key).forEach((name, value) -> line.append(line.length() == 0 ? "" : ", ").append(name).append('=').append(text(value)));
    return line.toString();
  }

  private static String text(AttributeValue value) {
    if (value == null) {
      return "-";
    }
    return value.s() != null ? value.s() : value.n() != null ? value.n() : value.toString();
  }

  /** The expression with each {@code #name} and {@code :value} replaced by what it stands for. */
  /** Control characters and U+FFFF (the top of a sort-key range) as escapes, readable in a terminal. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '\uffff' || Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String filledIn(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
    Matcher matcher = PLACEHOLDER.matcher(expression);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String placeholder = matcher.group();
      String replacement = placeholder.startsWith("#")
          ? names.getOrDefault(placeholder, placeholder)
          : values.containsKey(placeholder) ? "'" + printable(text(values.get(placeholder))) + "'" : placeholder;
      matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }
}
