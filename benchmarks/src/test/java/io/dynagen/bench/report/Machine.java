package io.dynagen.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the numbers were measured on: CPU, cores, memory (from /proc where there is one), OS and JDK. */
public final class Machine {
  private Machine() {}

  public static String cpuModel() {
    for (String line : lines("/proc/cpuinfo")) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return System.getProperty("os.arch");
  }

  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Total memory, such as {@code 23.5 GiB}, or "unknown" without /proc/meminfo. */
  public static String memory() {
    for (String line : lines("/proc/meminfo")) {
      if (line.startsWith("MemTotal:")) {
        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
      }
    }
    return "unknown";
  }

  public static String os() {
    return System.getProperty("os.name") + " " + System.getProperty("os.version");
  }

  public static String jdk() {
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")";
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException e) {
      return List.of();
    }
  }
}
