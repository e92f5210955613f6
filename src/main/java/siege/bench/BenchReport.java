package siege.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a benchmark run: a few lines about the corpus and the machine, a table of figures
 * with our pipeline and raw Lucene side by side, and (per-query phase) a table of each query's hits
 * and CPU time. Rendered as plain text for the terminal
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

  /**
   * One query of the per-query phase.
   *
   * @param query the query as {@link BenchQuery#toString()} shows it
   * @param oursHits our service's total hits, null when not measured
   * @param rawHits raw Lucene's total hits, null when not measured
   * @param oursCpu our service's CPU ms per query with facets and snippets, null when not measured
   * @param oursBareCpu our service's CPU ms per query with facets and snippets off, null when not measured
   * @param rawCpu raw Lucene's CPU ms per query with facets, null when not measured
   */
  public record QueryLine(String query, Long oursHits, Long rawHits, Double oursCpu, Double oursBareCpu, Double rawCpu) {}

  private final List<String> notes = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private final List<QueryLine> queries = new ArrayList<>();

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

  public void addQuery(QueryLine line) {
    queries.add(line);
  }

  /** The per-query phase's lines, in the mix's order (empty when the phase did not run). */
  public List<QueryLine> queries() {
    return List.copyOf(queries);
  }

  /** The first row with this phase and metric, or null. */
  public Row row(String phase, String metric) {
    return rows.stream().filter(r -> r.phase.equals(phase) && r.metric.equals(metric)).findFirst().orElse(null);
  }

  /**
   * Notes, then the table: phase, metric, ours, raw, ours/raw; then, when the per-query phase ran,
   * its table with a last line of means.
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    for (String n : notes) sb.append(n).append('\n');
    if (!rows.isEmpty()) {
      List<String[]> cells = new ArrayList<>();
      cells.add(new String[] {"phase", "metric", "ours", "raw", "ours/raw"});
      for (Row r : rows) cells.add(new String[] {r.phase, r.metric, number(r.ours), number(r.raw), ratio(r.ours, r.raw)});
      sb.append('\n');
      table(sb, cells, 2);
    }
    if (!queries.isEmpty()) {
      List<String[]> cells = new ArrayList<>();
      cells.add(new String[] {"query (per-query CPU ms, 1 thread)", "hits ours", "hits raw", "ours", "ours bare",
          "raw", "ours/raw"});
      for (QueryLine q : queries) {
        cells.add(new String[] {q.query, hits(q.oursHits), hits(q.rawHits), number(q.oursCpu), number(q.oursBareCpu),
            number(q.rawCpu), ratio(q.oursCpu, q.rawCpu)});
      }
      Double ours = mean(queries.stream().map(QueryLine::oursCpu).toList());
      Double raw = mean(queries.stream().map(QueryLine::rawCpu).toList());
      cells.add(new String[] {"mean of the " + queries.size() + " queries", "", "", number(ours),
          number(mean(queries.stream().map(QueryLine::oursBareCpu).toList())), number(raw), ratio(ours, raw)});
      sb.append('\n');
      table(sb, cells, 1);
    }
    return sb.toString();
  }

  /** Aligned columns: the first {@code left} left-aligned, the rest right-aligned; a rule under the header. */
  private static void table(StringBuilder sb, List<String[]> cells, int left) {
    int columns = cells.get(0).length;
    int[] width = new int[columns];
    for (String[] c : cells) for (int i = 0; i < columns; i++) width[i] = Math.max(width[i], c[i].length());
    for (int line = 0; line < cells.size(); line++) {
      String[] c = cells.get(line);
      for (int i = 0; i < columns; i++) {
        if (i > 0) sb.append("  ");
        sb.append(pad(c[i], width[i], i >= left));
      }
      sb.append('\n');
      if (line == 0) sb.append("-".repeat(java.util.Arrays.stream(width).sum() + 2 * (columns - 1))).append('\n');
    }
  }

  private static String ratio(Double ours, Double raw) {
    return ours == null || raw == null || raw == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", ours / raw);
  }

  private static String hits(Long n) {
    return n == null ? "-" : String.format(Locale.ROOT, "%,d", n);
  }

  /** The mean of the values, or null when any is missing. */
  private static Double mean(List<Double> values) {
    double sum = 0;
    for (Double v : values) {
      if (v == null) return null;
      sum += v;
    }
    return values.isEmpty() ? null : sum / values.size();
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
