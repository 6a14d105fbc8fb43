package io.dynagen.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording reduced to two short tables: the methods the CPU samples were in (the top
 * frame, "self" time) and the places that allocated most bytes (JFR's weighted allocation
 * samples: the class allocated, the method allocating it, and the nearest caller in Dynagen or
 * the SDK). Only stacks that pass through the profiled loop's class count.
 */
final class ProfileSummary {
  private final Map<String, Integer> selfSamples = new HashMap<>();
  private final Map<String, Long> allocatedBytes = new HashMap<>();
  private int samples;
  private long bytes;

  private ProfileSummary() {}

  static ProfileSummary of(Path recording, String loopClass) throws IOException {
    ProfileSummary summary = new ProfileSummary();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || !passesThrough(stack, loopClass)) {
        continue;
      }
      String type = event.getEventType().getName();
      if (type.equals("jdk.ExecutionSample")) {
        summary.samples++;
        summary.selfSamples.merge(method(stack.getFrames().get(0)), 1, Integer::sum);
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long weight = event.getLong("weight");
        summary.bytes += weight;
        String site = simpleName(event.getClass("objectClass").getName()) + " | "
            + method(stack.getFrames().get(0)) + " | " + caller(stack.getFrames(), loopClass);
        summary.allocatedBytes.merge(site, weight, Long::sum);
      }
    }
    return summary;
  }

  String toMarkdown(int rows) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "CPU samples: %,d. Top frames (self time):%n%n", samples));
    out.append("| % of samples | method |\n|---|---|\n");
    selfSamples.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(rows)
        .forEach(e -> out.append(String.format(Locale.ROOT, "| %.1f %% | `%s` |%n", 100.0 * e.getValue() / samples, e.getKey())));
    out.append(String.format(Locale.ROOT, "%nAllocation samples, weighted: %,d MB in all. Top sites:%n%n", bytes >> 20));
    out.append("| % of bytes | class allocated | allocated in | called from |\n|---|---|---|---|\n");
    allocatedBytes.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(rows)
        .forEach(e -> {
          String[] site = e.getKey().split(" \\| ");
          out.append(String.format(Locale.ROOT, "| %.1f %% | `%s` | `%s` | `%s` |%n",
              100.0 * e.getValue() / bytes, site[0], site[1], site[2]));
        });
    return out.toString();
  }

  private static boolean passesThrough(RecordedStackTrace stack, String loopClass) {
    for (RecordedFrame frame : stack.getFrames()) {
      if (frame.getMethod().getType().getName().endsWith("." + loopClass)) {
        return true;
      }
    }
    return false;
  }

  /** The nearest frame in Dynagen's runtime, the generated code or the SDK, below the loop. */
  private static String caller(List<RecordedFrame> frames, String loopClass) {
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (type.endsWith("." + loopClass)) {
        break;
      }
      if (type.startsWith("io.dynagen.") || type.startsWith("software.amazon.")) {
        return method(frame);
      }
    }
    return "-";
  }

  private static String method(RecordedFrame frame) {
    return simpleName(frame.getMethod().getType().getName()) + "." + frame.getMethod().getName();
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
