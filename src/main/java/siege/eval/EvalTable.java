package siege.eval;

import java.util.Locale;

/** Formats an {@link EvalReport} as a plain-text table (the {@code eval} command's output). */
public final class EvalTable {
  private static final int QUERY_WIDTH = 34;

  private EvalTable() {}

  public static String format(EvalReport report) {
    StringBuilder sb = new StringBuilder();
    String header = String.format(Locale.ROOT, "%-" + QUERY_WIDTH + "s %7s %6s %9s %5s  %s%n",
        "query", "nDCG@10", "RR", "recall@10", "best", "notes");
    sb.append(header);
    sb.append("-".repeat(header.length() - 1)).append('\n');
    for (QueryOutcome o : report.queries()) {
      String notes = o.error() != null ? "ERROR " + o.error()
          : o.corrected() ? "via did-you-mean: " + o.ranQuery() : "";
      sb.append(String.format(Locale.ROOT, "%-" + QUERY_WIDTH + "s %7.3f %6.3f %9.3f %5s  %s%n",
          abbreviate(o.judged().query()), o.ndcg10(), o.reciprocalRank(), o.recall10(),
          o.bestRank() == 0 ? "-" : Integer.toString(o.bestRank()), notes).stripTrailing()).append('\n');
    }
    sb.append("-".repeat(header.length() - 1)).append('\n');
    int n = report.queries().size();
    sb.append(String.format(Locale.ROOT, "%-" + QUERY_WIDTH + "s %7.3f %6.3f %9.3f %5s%n",
        "overall (" + n + " queries)", report.ndcg10(), report.mrr(), report.recall10(),
        report.bestInTop3() + "/" + n));
    sb.append("best: rank of the first best-graded answer; overall: queries with it in the top 3\n");
    if (n > 0) {
      sb.append('\n');
      sb.append(String.format(Locale.ROOT, "%-" + QUERY_WIDTH + "s %7s %6s %9s %5s%n", "by kind of query", "nDCG@10",
          "RR", "recall@10", "top3"));
      QueryCategory.split(report).forEach((category, r) -> sb.append(String.format(Locale.ROOT,
          "%-" + QUERY_WIDTH + "s %7.3f %6.3f %9.3f %5s%n", category + " (" + r.queries().size() + ")", r.ndcg10(),
          r.mrr(), r.recall10(), r.bestInTop3() + "/" + r.queries().size())));
    }
    return sb.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= QUERY_WIDTH ? s : s.substring(0, QUERY_WIDTH - 3) + "...";
  }
}
