package io.dynagen.example;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import picocli.CommandLine;

/**
 * Reads the address {@code serve} listens on: a wildcard or an address of this machine. Anything
 * else is a usage error, said before DynamoDB Local starts, rather than a bind failure in its words.
 */
final class BindAddressConverter implements CommandLine.ITypeConverter<String> {
  @Override
  public String convert(String value) {
    String host = value.strip();
    if (EmbeddedDynamoDb.isWildcard(host)) {
      return host;
    }
    try {
      InetAddress address = InetAddress.getByName(host.replace("[", "").replace("]", ""));
      if (address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null) {
        return host;
      }
      throw notOfThisMachine(value, "is not an address of this machine");
    } catch (UnknownHostException e) {
      throw notOfThisMachine(value, "is not a known host name or address");
    } catch (SocketException e) {
      throw notOfThisMachine(value, "cannot be checked against this machine's addresses (" + e.getMessage() + ")");
    }
  }

  private static CommandLine.TypeConversionException notOfThisMachine(String value, String reason) {
    return new CommandLine.TypeConversionException("'" + value + "' " + reason + ": give "
        + EmbeddedDynamoDb.LOOPBACK + " (this machine only), 0.0.0.0 (every network interface) or another"
        + " address of this machine");
  }
}
