package io.dynagen.example;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Reads an endpoint: an {@code http} or {@code https} URL with a host, such as {@code
 * http://localhost:8000}. Anything else ({@code localhost:8000}, {@code ftp://...}) is a usage
 * error that shows what an endpoint looks like, before any request is made.
 */
final class EndpointConverter implements CommandLine.ITypeConverter<URI> {
  static final String EXAMPLE = "write it as http://HOST:PORT, such as http://localhost:8000";

  @Override
  public URI convert(String value) {
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw notAnEndpoint(value, "not a URL");
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme == null || uri.isOpaque()) {
      // localhost:8000 parses as scheme "localhost": it is the scheme that is missing.
      throw notAnEndpoint(value, "no http:// or https://");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw notAnEndpoint(value, "DynamoDB speaks http or https, not " + scheme);
    }
    if (uri.getHost() == null) {
      throw notAnEndpoint(value, "no host");
    }
    return uri;
  }

  private static CommandLine.TypeConversionException notAnEndpoint(String value, String reason) {
    return new CommandLine.TypeConversionException(
        "'" + value + "' is not an endpoint (" + reason + "): " + EXAMPLE);
  }
}
