package siege.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our server as a separate process, the way a user starts it: {@code java -Xmx... -cp <this
 * class path> siege.cli.Main serve --port 0 --host 127.0.0.1}. Knows when it was launched, reads the
 * URL it prints once ready, and measures the time until the first answer. Loopback only. Closing
 * it sends SIGTERM (then kills it after 10 s).
 */
public final class ServerProcess implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("(http://(?:127\\.0\\.0\\.1|localhost|\\[::1\\]):\\d+)/?");

  private final Process process;
  private final long launchedNanos;
  private final CompletableFuture<URI> url = new CompletableFuture<>();
  private final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private ServerProcess(Process process, long launchedNanos) {
    this.process = process;
    this.launchedNanos = launchedNanos;
    Thread reader = new Thread(this::readOutput, "bench-server-output");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code serve} on a free loopback port.
   *
   * @param jvmOptions e.g. {@code -Xmx512m}
   */
  public static ServerProcess start(List<String> jvmOptions, Path index, Path corpus, Path log) throws IOException {
    return start(jvmOptions, index, corpus, log, List.of());
  }

  /**
   * As {@link #start(List, Path, Path, Path)} with more {@code serve} options, e.g.
   * {@code --result-cache 0}.
   */
  public static ServerProcess start(List<String> jvmOptions, Path index, Path corpus, Path log, List<String> serveOptions)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(javaCommand());
    command.addAll(jvmOptions);
    String classPath = System.getProperty("java.class.path");
    if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"))) {
      classArchive(classPath).ifPresent(a -> command.add("-XX:SharedArchiveFile=" + a));
    }
    command.add("-cp");
    command.add(classPath);
    command.add("siege.cli.Main");
    command.addAll(List.of("serve", "--host", "127.0.0.1", "--port", "0", "--index", index.toString(),
        "--corpus", corpus.toString()));
    command.addAll(serveOptions);
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false)
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long t0 = System.nanoTime();
    return new ServerProcess(pb.start(), t0);
  }

  /**
   * The class archive the build writes next to the jar ({@code target/siege.jsa}, see pom.xml),
   * when this process runs from that jar: the README's run command starts with it, so the server
   * is measured the same way. (The JVM only maps it for the class path it was made with, the
   * relative {@code target/siege-search.jar}; otherwise it starts without it, as fast as before.)
   */
  static java.util.Optional<String> classArchive(String classPath) {
    if (classPath == null || !classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
      return java.util.Optional.empty();
    }
    Path archive = Path.of(classPath).resolveSibling("siege.jsa");
    return Files.isRegularFile(archive) ? java.util.Optional.of(archive.toString()) : java.util.Optional.empty();
  }

  /** JVM options to start without the build's class archive (with the JDK's own, as by default). */
  public static List<String> withoutClassArchive() {
    return List.of("-XX:SharedArchiveFile=" + Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa"));
  }

  static String javaCommand() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return Files.isExecutable(java) ? java.toString() : "java";
  }

  private void readOutput() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        output.add(line);
        Matcher m = URL.matcher(line);
        if (!url.isDone() && line.contains("serving") && m.find()) url.complete(URI.create(m.group(1)));
      }
    } catch (IOException e) {
      // the process ended
    }
    if (!url.isDone()) url.completeExceptionally(new IOException("the server ended without printing its URL: " + output));
  }

  /** The server's base URL (http://127.0.0.1:PORT), waiting for it to be ready. */
  public URI url(Duration timeout) throws Exception {
    try {
      return url.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IOException("the server printed no URL within " + timeout + ": " + output);
    } catch (java.util.concurrent.ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  /** Seconds from launch until {@code path} first answers 200 (polling every 5 ms). */
  public double secondsToFirstAnswer(String path, Duration timeout) throws Exception {
    URI base = url(timeout);
    long deadline = launchedNanos + timeout.toNanos();
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) return (System.nanoTime() - launchedNanos) / 1e9;
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(5);
    }
    throw new IOException(path + " did not answer 200 within " + timeout);
  }

  /** One GET, returning the status code. */
  public int get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(url(Duration.ofSeconds(60)).resolve(path)).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  public long pid() {
    return process.pid();
  }

  /** The server's resident set size in bytes, -1 where unknown. */
  public long residentSetSize() {
    return ResourceMeter.residentSetSize(Path.of("/proc", Long.toString(process.pid()), "status"));
  }

  /**
   * The server's heap after a full collection, in bytes, through {@code jcmd PID GC.run} and
   * {@code GC.heap_info}; -1 when jcmd is not available.
   */
  public long heapAfterGc() {
    try {
      String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
      if (!Files.isExecutable(Path.of(jcmd))) jcmd = "jcmd";
      run(jcmd, Long.toString(pid()), "GC.run");
      String info = run(jcmd, Long.toString(pid()), "GC.heap_info");
      Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
      return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    } catch (IOException | InterruptedException e) {
      if (e instanceof InterruptedException) Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
    return out;
  }

  public List<String> output() {
    return List.copyOf(output);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
