package siege.cli;

import java.io.PrintWriter;
import siege.index.IndexProgress;

/** A one-line progress bar redrawn with '\r' on a terminal: files, events/s and time left. */
final class ProgressBar implements IndexProgress {
  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void update(int done, int total, long events) {
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 100_000_000L) return; // at most 10 redraws a second
    lastDraw = now;
    out.print("\r" + line(done, total, events, (now - start) / 1e9));
    out.flush();
    drawn = true;
  }

  void finish() {
    if (drawn) {
      out.println();
      out.flush();
    }
  }

  static String line(int done, int total, long events, double seconds) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    double rate = seconds > 0 ? events / seconds : 0;
    String left = done == 0 || done >= total ? "0:00" : clock(seconds * (total - done) / done);
    return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " files  "
        + String.format(java.util.Locale.ROOT, "%,.0f events/s", rate) + "  " + left + " left";
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s / 60 + ":" + String.format("%02d", s % 60);
  }
}
