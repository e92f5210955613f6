package siege.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a benchmark run: a few lines about the corpus and the machine, and a table of
 * figures with our pipeline and raw Lucene side by side. Rendered as plain text for the terminal
 * and for {@code docs/benchmarks.md}.
 */
public final class BenchReport {
  /**
   * One figure.
   *
   * @param phase e.g. "index", "search 1t"
   * @param metric e.g. "events/s", "p99 ms"
   * @param ours our pipeline's value, null when not measured
   * @param raw the raw-Lucene baseline's value, null when not measured
   */
  public record Row(String phase, String metric, Double ours, Double raw) {
    /** ours / raw, or null when either is missing. */
    public Double ratio() {
      return ours == null || raw == null || raw == 0 ? null : ours / raw;
    }
  }

  private final List<String> notes = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  public void note(String line) {
    notes.add(line);
  }

  public void add(String phase, String metric, Double ours, Double raw) {
    rows.add(new Row(phase, metric, ours, raw));
  }

  public List<String> notes() {
    return List.copyOf(notes);
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /** The first row with this phase and metric, or null. */
  public Row row(String phase, String metric) {
    return rows.stream().filter(r -> r.phase.equals(phase) && r.metric.equals(metric)).findFirst().orElse(null);
  }

  /** Notes, then the table: phase, metric, ours, raw, ours/raw. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    for (String n : notes) sb.append(n).append('\n');
    if (rows.isEmpty()) return sb.toString();
    sb.append('\n');
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"phase", "metric", "ours", "raw", "ours/raw"});
    for (Row r : rows) {
      Double ratio = r.ratio();
      cells.add(new String[] {r.phase, r.metric, number(r.ours), number(r.raw),
          ratio == null ? "-" : String.format(Locale.ROOT, "%.2fx", ratio)});
    }
    int[] width = new int[5];
    for (String[] c : cells) for (int i = 0; i < 5; i++) width[i] = Math.max(width[i], c[i].length());
    for (int line = 0; line < cells.size(); line++) {
      String[] c = cells.get(line);
      sb.append(pad(c[0], width[0], false)).append("  ").append(pad(c[1], width[1], false));
      for (int i = 2; i < 5; i++) sb.append("  ").append(pad(c[i], width[i], true));
      sb.append('\n');
      if (line == 0) {
        int total = width[0] + width[1] + width[2] + width[3] + width[4] + 8;
        sb.append("-".repeat(total)).append('\n');
      }
    }
    return sb.toString();
  }

  static String number(Double v) {
    if (v == null) return "-";
    double a = Math.abs(v);
    if (a >= 100) return String.format(Locale.ROOT, "%,.0f", v);
    if (a >= 10) return String.format(Locale.ROOT, "%.1f", v);
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }
}
