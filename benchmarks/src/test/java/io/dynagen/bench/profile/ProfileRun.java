package io.dynagen.bench.profile;

import io.dynagen.bench.BenchPaths;
import io.dynagen.bench.mapping.Samples;
import io.dynagen.bench.model.User;
import io.dynagen.bench.model.UserSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where the time and the allocations of mapping the users item go: maps it in a loop (write:
 * object to item; read: item to object), first to warm up, then under a JDK Flight Recorder
 * recording with the JDK's {@code profile} settings, and summarises the recording as the top
 * frames of the CPU samples and the top allocation sites ({@link ProfileSummary}). Started by
 * {@code benchmarks/run.sh --profile}, in a JVM of its own; writes {@code
 * benchmarks/target/PROFILE.md} and the recordings beside it (open them in JDK Mission Control
 * for flame graphs).
 */
public final class ProfileRun {
  private static final Duration WARM_UP = Duration.ofSeconds(5);
  private static final Duration RECORDED = Duration.ofSeconds(10);

  private ProfileRun() {}

  public static void main(String[] args) throws Exception {
    Path target = BenchPaths.locate().target();
    User user = Samples.user();
    Map<String, AttributeValue> item = UserSchema.INSTANCE.toItem(user);
    StringBuilder report = new StringBuilder();
    report.append("# Profile of mapping the users item\n\n")
        .append("JFR, `profile` settings; ").append(WARM_UP.toSeconds()).append(" s of warm-up, then ")
        .append(RECORDED.toSeconds()).append(" s recorded per operation; JDK ")
        .append(System.getProperty("java.vm.version")).append(".\n");
    report.append(profile("write", target.resolve("profile-write.jfr"), () -> UserSchema.INSTANCE.toItem(user)));
    report.append(profile("read", target.resolve("profile-read.jfr"), () -> UserSchema.INSTANCE.fromItem(item)));
    Path out = target.resolve("PROFILE.md");
    Files.writeString(out, report);
    System.out.println(report);
    System.out.println("Wrote " + out + " (recordings beside it)");
  }

  private static String profile(String operation, Path recordingFile, Supplier<Object> mapping)
      throws IOException, ParseException {
    System.out.println("== Profiling " + operation + " of the users item");
    loop(mapping, WARM_UP);
    try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
      recording.start();
      long mapped = loop(mapping, RECORDED);
      recording.stop();
      recording.dump(recordingFile);
      ProfileSummary summary = ProfileSummary.of(recordingFile, "MappingLoop");
      return String.format(Locale.ROOT, "%n## %s (%,d items in %d s)%n%n", operation, mapped, RECORDED.toSeconds())
          + summary.toMarkdown(12);
    }
  }

  /** Maps for {@code duration}; keeps every result alive just long enough that none is optimised away. */
  private static long loop(Supplier<Object> mapping, Duration duration) {
    return MappingLoop.run(mapping, duration.toNanos(), Arrays.asList(new Object[1]));
  }
}
