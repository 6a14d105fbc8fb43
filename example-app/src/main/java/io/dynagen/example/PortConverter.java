package io.dynagen.example;

import picocli.CommandLine;

/** Reads a TCP port, 1 to 65535, refusing anything else as a usage error. */
final class PortConverter implements CommandLine.ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CommandLine.TypeConversionException("'" + value + "' is not a port: give a number from 1 to 65535");
  }
}
