package siege.cli;

import java.io.PrintWriter;
import siege.index.IndexProgress;

/** Progress as plain lines for piped output: one line every few seconds on long runs only. */
final class ProgressLines implements IndexProgress {
  private static final long EVERY_NANOS = 5_000_000_000L;
  private final PrintWriter out;
  private long last = System.nanoTime();

  ProgressLines(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void update(int done, int total, long events) {
    long now = System.nanoTime();
    if (done < total && now - last >= EVERY_NANOS) {
      last = now;
      out.printf("indexed %d/%d files, %d events so far%n", done, total, events);
    }
  }
}
