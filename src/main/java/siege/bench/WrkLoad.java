package siege.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP load: Debian's {@code wrk} with the rotating-query Lua script (the same one
 * {@code bench/http.sh} uses, shipped as a resource), bounded to a fixed duration, loopback only.
 */
public final class WrkLoad {
  static final String SCRIPT_RESOURCE = "/siege/bench/search.lua";
  private static final Pattern RESULT = Pattern.compile("^RESULT .*$", Pattern.MULTILINE);

  /**
   * One wrk run: successful (2xx) requests per second, latency percentiles in ms over all requests,
   * and errors (non-2xx answers such as a 503 busy, plus socket errors).
   */
  public record Result(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long errors) {
    static Result parse(String line) {
      double requests = number(line, "requests");
      double non2xx = number(line, "non2xx");
      double seconds = number(line, "seconds");
      return new Result((requests - non2xx) / Math.max(0.001, seconds), number(line, "p50_ms"), number(line, "p99_ms"),
          (long) requests, (long) (non2xx + number(line, "connect")
              + number(line, "read") + number(line, "write") + number(line, "timeout")));
    }

    private static double number(String line, String key) {
      Matcher m = Pattern.compile("\\b" + key + "=([0-9.]+)").matcher(line);
      if (!m.find()) throw new IllegalArgumentException("no " + key + " in wrk's result: " + line);
      return Double.parseDouble(m.group(1));
    }
  }

  private final Path wrk;
  private final int threads;
  private final int connections;
  private final Duration duration;

  private WrkLoad(Path wrk, int threads, int connections, Duration duration) {
    this.wrk = wrk;
    this.threads = threads;
    this.connections = connections;
    this.duration = duration;
  }

  /** wrk from the PATH, or null when it is not installed. */
  public static WrkLoad find(int threads, int connections, Duration duration) {
    String path = System.getenv("PATH");
    if (path == null) return null;
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path candidate = Path.of(dir, "wrk");
      if (Files.isExecutable(candidate)) return new WrkLoad(candidate, threads, connections, duration);
    }
    return null;
  }

  public String describe() {
    return String.format(Locale.ROOT, "wrk -t%d -c%d -d%ds --latency", threads, connections, duration.toSeconds());
  }

  /**
   * Loads {@code base} with the paths of {@code queries} (or {@code /health} when null).
   *
   * @param log where wrk's full output goes
   */
  public Result run(URI base, Path queries, Path work, Path log) throws IOException, InterruptedException {
    String host = base.getHost();
    if (!("127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host))) {
      throw new IllegalArgumentException("refusing to load " + base + ": loopback only");
    }
    Path script = work.resolve("search.lua");
    try (InputStream in = WrkLoad.class.getResourceAsStream(SCRIPT_RESOURCE)) {
      if (in == null) throw new IOException("resource " + SCRIPT_RESOURCE + " is missing");
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> command = new ArrayList<>(List.of(wrk.toString(), "-t" + threads, "-c" + connections,
        "-d" + duration.toSeconds() + "s", "--latency", "-s", script.toString(), base.toString(), "--",
        queries == null ? "--health" : queries.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] bytes = p.getInputStream().readAllBytes();
    if (!p.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("wrk did not stop");
    }
    String out = new String(bytes, StandardCharsets.UTF_8);
    Files.writeString(log, out);
    Matcher m = RESULT.matcher(out);
    String last = null;
    while (m.find()) last = m.group();
    if (last == null) throw new IOException("wrk gave no result (exit " + p.exitValue() + "), see " + log);
    return Result.parse(last);
  }
}
