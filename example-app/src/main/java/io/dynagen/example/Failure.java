package io.dynagen.example;

import io.dynagen.example.WhereParser.WhereSyntaxException;
import io.dynagen.runtime.MappingException;
import io.dynagen.runtime.table.ConditionFailedException;
import io.dynagen.runtime.table.TableNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * What the app prints for an error a user will meet, in one line, and its exit code: the
 * endpoint unreachable, the table missing, bad {@code --where} syntax, AWS credentials or region
 * missing, or the service refusing a request (its code, message, HTTP status and request id).
 *
 * @param message one line, without a trailing period
 * @param exitCode {@link Main#EXIT_USAGE} for a mistake in the command line, else {@link
 *     Main#EXIT_FAILURE}
 */
record Failure(String message, int exitCode) {

  /**
   * The failure for {@code e}.
   *
   * @param target where requests went ({@code http://...}, {@code AWS (us-east-1)}), or {@code
   *     null} if no client was made
   * @param table the table the command works on
   * @param aws whether {@code --aws} was given
   * @param embedded whether the app runs its own, empty, DynamoDB Local
   */
  static Failure of(Exception e, String target, String table, boolean aws, boolean embedded) {
    String where = target == null ? "" : " at " + target;
    if (e instanceof WhereSyntaxException) {
      return new Failure(e.getMessage(), Main.EXIT_USAGE);
    }
    if (e instanceof TableNotFoundException || e instanceof ResourceNotFoundException) {
      String name = e instanceof TableNotFoundException t ? t.tableName() : table;
      return failure(
          "table '" + name + "' does not exist" + where
              + (embedded
                  ? ": it starts empty on every run; run 'serve' in another terminal and pass"
                      + " its --endpoint to keep tables between commands"
                  : ": create it with 'load' (it creates the table), or check --table"
                      + (aws ? " and --region" : " and --endpoint")));
    }
    if (e instanceof ConditionFailedException || e instanceof MappingException) {
      return failure(e.getMessage());
    }
    if (e instanceof AwsServiceException service) {
      return failure(serviceError(service, where, aws));
    }
    if (e instanceof SdkClientException) {
      return failure(clientError((SdkClientException) e, where, target));
    }
    if (e instanceof IllegalArgumentException) {
      // Bad arguments are found before any request: an empty key, a bad option value.
      return new Failure(oneLine(e.getMessage()), Main.EXIT_USAGE);
    }
    if (e instanceof IllegalStateException) {
      return failure(e.getMessage());
    }
    return failure(e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  private static Failure failure(String message) {
    return new Failure(oneLine(message), Main.EXIT_FAILURE);
  }

  private static String serviceError(AwsServiceException e, String where, boolean aws) {
    String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
    String text = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
    String details =
        code + ": " + text + " (HTTP " + e.statusCode() + ", request id " + e.requestId() + ")";
    if (aws && (e.isClockSkewException()
        || "UnrecognizedClientException".equals(code)
        || "InvalidSignatureException".equals(code)
        || "ExpiredTokenException".equals(code)
        || "AccessDeniedException".equals(code))) {
      return "AWS did not accept the credentials" + where + ": " + details
          + "; check AWS_PROFILE, 'aws sts get-caller-identity' and the IAM policy";
    }
    return "DynamoDB" + where + " refused the request: " + details;
  }

  private static String clientError(SdkClientException e, String where, String target) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Unable to load credentials")) {
      return "no AWS credentials found for --aws: configure them (aws configure, aws sso login,"
          + " AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), or drop --aws to use"
          + " DynamoDB Local";
    }
    if (message.contains("Unable to load region")) {
      return "no AWS region found for --aws: pass --region (such as --region us-east-1), or set"
          + " AWS_REGION or a region in ~/.aws/config";
    }
    Throwable network = networkCause(e);
    if (network != null || e instanceof ApiCallAttemptTimeoutException) {
      String reason = network == null ? "an attempt timed out" : describeNetwork(network);
      return "cannot reach DynamoDB" + where + ": " + reason
          + (target != null && target.startsWith("http")
              ? "; is it running? check --endpoint (or DYNAGEN_ENDPOINT)"
              : "; check the network, --region and --connect-timeout");
    }
    return "the AWS SDK failed" + where + ": " + message;
  }

  /** The exception of the cause chain that says the network failed, if any. */
  private static Throwable networkCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof SocketTimeoutException
          || t instanceof NoRouteToHostException
          || t.getClass().getName().equals("org.apache.http.conn.ConnectTimeoutException")) {
        return t;
      }
    }
    return null;
  }

  private static String describeNetwork(Throwable t) {
    if (t instanceof UnknownHostException) {
      return "unknown host " + t.getMessage();
    }
    if (t instanceof SocketTimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
      return "timed out (" + String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT) + ")";
    }
    String text = String.valueOf(t.getMessage());
    return text.isEmpty() ? t.getClass().getSimpleName() : text;
  }

  /** The first line of {@code message}, without a trailing period. */
  private static String oneLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    if (newline >= 0) {
      text = text.substring(0, newline).strip();
    }
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
