package io.dynagen.bench.report;

import io.dynagen.bench.buildcost.BuildCostResult;
import io.dynagen.bench.bulk.BulkLoadResult;
import io.dynagen.bench.bulk.BulkLoads;
import io.dynagen.bench.jmh.MappingResult;
import io.dynagen.bench.jmh.MappingResult.Operation;
import io.dynagen.bench.mapping.Approach;
import io.dynagen.bench.mapping.BenchModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a run's results as SVG bar charts, written by hand (no library, no service): time per item
 * by mapper and item, bulk load against the ceiling, and build cost. Each chart is a list of
 * labelled horizontal bars in groups; within a group bars share one scale.
 */
public final class ChartWriter {
  static final String MAPPING = "BENCHMARKS-mapping.svg";
  static final String BULK = "BENCHMARKS-bulk.svg";
  static final String BUILD = "BENCHMARKS-build.svg";

  private static final int WIDTH = 760;
  private static final int LABEL_WIDTH = 300;
  private static final int BAR_HEIGHT = 16;
  private static final int ROW = 22;
  private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b"};

  private ChartWriter() {}

  /** Writes the charts of the report's parts that ran into {@code folder}; returns the files written. */
  public static List<String> write(Report report, Path folder) throws IOException {
    List<String> written = new ArrayList<>();
    if (!report.mapping().isEmpty()) {
      Files.writeString(folder.resolve(MAPPING), mapping(report.mapping()));
      written.add(MAPPING);
    }
    if (!report.bulkLoads().variants().isEmpty()) {
      Files.writeString(folder.resolve(BULK), bulk(report.bulkLoads(), report.settings().bulkItems()));
      written.add(BULK);
    }
    if (report.buildCost() != null) {
      Files.writeString(folder.resolve(BUILD), build(report.buildCost()));
      written.add(BUILD);
    }
    return written;
  }

  /** One group per item and operation, one bar per mapper, scaled to the group's slowest. */
  static String mapping(List<MappingResult> results) {
    List<Group> groups = new ArrayList<>();
    for (BenchModel model : BenchModel.values()) {
      for (Operation operation : Operation.values()) {
        Group group = new Group(model.label() + ", " + operation.label());
        for (Approach approach : model.approaches()) {
          MappingResult result = Targets.find(results, model, approach, operation);
          if (result != null) {
            group.bars.add(new Bar(approach.label(), result.nanos().median(),
                Format.number(result.nanos().median(), 0) + " ns", approach.ordinal()));
          }
        }
        groups.add(group);
      }
    }
    return chart("Time per item (median ns; shorter is faster; each group has its own scale)", groups, null);
  }

  /**
   * One group of every variant, with the ceiling drawn as a line, and the example app's bound:
   * the items/s of a load that wrote at the ceiling's rate after the app's fixed start.
   */
  static String bulk(BulkLoads loads, int items) {
    double ceiling = loads.ceiling();
    Group group = new Group("items/s into DynamoDB Local (median; longer is faster)");
    for (BulkLoadResult result : loads.variants()) {
      double rate = result.itemsPerSecond().median();
      group.bars.add(new Bar(result.variant(), rate, Format.number(rate, 0) + " items/s ("
          + Format.number(100 * rate / ceiling, 0) + " %)", result.rawCeiling() ? 0 : 1));
    }
    double bound = loads.appBound(items);
    if (!Double.isNaN(bound)) {
      group.bars.add(new Bar("example app's bound (the ceiling after its zero-item start)", bound * ceiling,
          Format.number(bound * ceiling, 0) + " items/s (" + Format.number(100 * bound, 0) + " %)", 2));
    }
    return chart("Bulk load against the ceiling (dashed: best raw batchWriteItem)", List.of(group), ceiling);
  }

  static String build(BuildCostResult result) {
    Group wall = new Group("javac wall time over " + result.tables() + " @Table classes (median s)");
    wall.bars.add(new Bar("without a processor", result.without().median(), seconds(result.without().median()), 0));
    wall.bars.add(new Bar("with Dynagen's processor", result.with().median(), seconds(result.with().median()), 1));
    wall.bars.add(new Bar("the processor alone (-proc:only)", result.processorOnly().median(),
        seconds(result.processorOnly().median()), 2));
    wall.bars.add(new Bar("generated sources, no processor", result.generatedSourcesWithoutProcessor().median(),
        seconds(result.generatedSourcesWithoutProcessor().median()), 3));
    Group cpu = new Group("javac CPU time (median s)");
    cpu.bars.add(new Bar("without a processor", result.cpuWithout().median(), seconds(result.cpuWithout().median()), 0));
    cpu.bars.add(new Bar("with Dynagen's processor", result.cpuWith().median(), seconds(result.cpuWith().median()), 1));
    return chart("Build cost of the processor", List.of(wall, cpu), null);
  }

  private static String seconds(double value) {
    return Format.number(value, 2) + " s";
  }

  private record Bar(String label, double value, String text, int colour) {}

  private static final class Group {
    final String title;
    final List<Bar> bars = new ArrayList<>();

    Group(String title) {
      this.title = title;
    }
  }

  /** The SVG: a title, then per group its title and its bars; {@code marker} draws a dashed line at that value. */
  private static String chart(String title, List<Group> groups, Double marker) {
    StringBuilder body = new StringBuilder();
    int y = 34;
    int barSpace = WIDTH - LABEL_WIDTH - 150;
    for (Group group : groups) {
      body.append(text(10, y + 12, group.title, "bold"));
      y += ROW;
      double max = marker != null ? marker : 0;
      for (Bar bar : group.bars) {
        max = Math.max(max, bar.value);
      }
      int groupTop = y;
      for (Bar bar : group.bars) {
        int length = max <= 0 ? 0 : (int) Math.round(barSpace * bar.value / max);
        body.append(text(20, y + 12, bar.label, null));
        body.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
            LABEL_WIDTH, y, Math.max(length, 1), BAR_HEIGHT, COLOURS[bar.colour % COLOURS.length]));
        body.append(text(LABEL_WIDTH + length + 6, y + 12, bar.text, null));
        y += ROW;
      }
      if (marker != null && max > 0) {
        int x = LABEL_WIDTH + (int) Math.round(barSpace * marker / max);
        body.append(String.format(Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#d62728\" stroke-dasharray=\"4 3\"/>%n",
            x, groupTop - 4, x, y));
      }
      y += 10;
    }
    return String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"sans-serif\" font-size=\"12\">%n"
            + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n%s%s</svg>%n",
        WIDTH, y, WIDTH, y, text(10, 20, title, "bold"), body);
  }

  private static String text(int x, int y, String content, String weight) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\"%s>%s</text>%n", x, y,
        weight == null ? "" : " font-weight=\"" + weight + "\"", escape(content));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("`", "");
  }
}
