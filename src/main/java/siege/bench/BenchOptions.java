package siege.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings of a benchmark run.
 *
 * @param events event records in the generated corpus (10^4, 10^5, 10^6 ...)
 * @param seed generator seed
 * @param workDir where the corpus ({@code corpus/}), its manifest and the indexes go
 * @param threads the search thread counts to measure, e.g. [1, 2]
 * @param warmup warm-up time before each measured search run
 * @param duration measured time of each search run
 * @param maxQueries stop a search run after this many queries (0 = only the duration limits it)
 * @param phases the phases to run
 * @param reportShare share of the events written as report sentences (the rest as CSV rows)
 * @param indexThreads threads the raw baseline indexes with
 * @param indexRuns timed indexing runs per pipeline; the table shows the fastest
 * @param httpDuration how long wrk loads each endpoint in the HTTP phase
 * @param connections wrk's open connections
 * @param serverHeap the -Xmx of the server process started for the start-up and HTTP phases
 * @param shippedCorpus the shipped corpus, for the start-up phase (skipped when absent)
 * @param oursWorkers threads our indexer parses and extracts with (0: one per core)
 * @param rounds timed runs of each query in the per-query phase
 */
public record BenchOptions(
    long events,
    long seed,
    Path workDir,
    List<Integer> threads,
    Duration warmup,
    Duration duration,
    long maxQueries,
    Set<Phase> phases,
    double reportShare,
    int indexThreads,
    int indexRuns,
    Duration httpDuration,
    int connections,
    String serverHeap,
    Path shippedCorpus,
    int oursWorkers,
    int rounds) {

  public static final long DEFAULT_EVENTS = 10_000;
  public static final long DEFAULT_SEED = 42;
  public static final Path DEFAULT_WORK_DIR = Path.of("target", "bench");
  public static final List<Integer> DEFAULT_THREADS = List.of(1, 2);
  public static final Duration DEFAULT_WARMUP = Duration.ofSeconds(5);
  public static final Duration DEFAULT_DURATION = Duration.ofSeconds(10);
  public static final Duration DEFAULT_HTTP_DURATION = Duration.ofSeconds(15);
  public static final int DEFAULT_CONNECTIONS = 8;
  public static final String DEFAULT_SERVER_HEAP = "512m";
  public static final Path DEFAULT_SHIPPED_CORPUS = Path.of("corpus");
  public static final int DEFAULT_ROUNDS = 10;
  private static final Pattern HEAP = Pattern.compile("\\d+[kmgKMG]?");

  public static final String USAGE = String.join("\n",
      "bench [--events N] [--seed S] [--work DIR] [--threads 1,2] [--warmup 5s] [--duration 10s]",
      "      [--max-queries N] [--phases generate,index,search,perquery,memory] [--report-share 0.5]",
      "      [--index-threads 1] [--index-runs 1] [--rounds 10] [--http-duration 15s] [--connections 8]",
      "      [--server-heap 512m] [--shipped-corpus corpus] [--ours-workers 0]",
      "  --events        event records to generate: 10000, 1e5, 10^6 (default 10000)",
      "  --seed          generator seed (default 42); same seed and events give the same files",
      "  --work          folder for the corpus and the indexes (default target/bench); a corpus",
      "                  already there for the same seed and events is reused",
      "  --threads       search thread counts to measure (default 1,2)",
      "  --warmup        warm-up before each measured search run (default 5s; ms, s or m)",
      "  --duration      measured time of each search run (default 10s)",
      "  --max-queries   also stop a search run after this many queries (default: no limit)",
      "  --phases        what to run (default generate,index,search,perquery,memory,startup,http):",
      "                  generate  write (or reuse) the corpus",
      "                  index     index it with ours and raw Lucene: events/s, MB/s, index size",
      "                  search    the query mix in a closed loop at each --threads count: queries/s, mean,",
      "                            CPU ms/query, p50, p99 of ours (page 1, 10 hits, facets, snippets) and raw",
      "                            Lucene (top 10 + month/actor facets; raw never makes snippets); then at",
      "                            1 thread with the service's switches:",
      "                            'search 1t no snippets': ours snippets=false; raw with facets",
      "                            'search 1t no facets': ours facets=false; raw without facets",
      "                            'search 1t no facets, no snippets': both off; raw without facets (like",
      "                            for like)",
      "                            'cost of facets': full minus no facets (ours and raw)",
      "                            'cost of snippets': full minus no snippets (ours)",
      "                            (costs in mean ms and CPU ms per query)",
      "                  perquery  each query of the mix alone, 1 thread, --rounds timed runs after 3",
      "                            warm-up rounds: hits and CPU ms/query of ours (facets and snippets),",
      "                            ours bare (both off) and raw Lucene (with facets); a second table",
      "                  memory    heap after a full GC and RSS with each searcher open",
      "                  startup   serve until its first answer: shipped corpus (no index, then its index;",
      "                            median of 3 starts; with target/siege.jsa, the class archive of the",
      "                            README's run command, and without it), generated index",
      "                  http      wrk on /api/search (result cache on, then off) and /health",
      "  --report-share  share of events in report sentences; the rest are CSV rows (default 0.5)",
      "  --index-threads threads the raw baseline indexes with (default 1)",
      "  --index-runs    timed indexing runs per pipeline, the fastest is shown (default 1)",
      "  --rounds        timed runs of each query in the perquery phase (default 10)",
      "  --http-duration how long wrk loads /api/search and /health each (default 15s); the HTTP",
      "                  phase is skipped with a note when wrk is not installed",
      "  --connections   wrk's open connections (default 8, half the server's cap of 16 concurrent",
      "                  searches: at the cap some requests get a quick 503), 2 wrk threads, loopback only",
      "  --server-heap   -Xmx of the server process for the start-up and HTTP phases (default 512m)",
      "  --shipped-corpus the shipped corpus for the start-up phase (default corpus)",
      "  --ours-workers  threads our indexer parses and extracts with (default 0: one per core)");

  public BenchOptions {
    if (events < 1) throw new IllegalArgumentException("--events: expected at least 1, got " + events);
    if (threads.isEmpty()) throw new IllegalArgumentException("--threads: expected at least one thread count");
    for (int t : threads) {
      if (t < 1 || t > 256) throw new IllegalArgumentException("--threads: expected counts from 1 to 256, got " + t);
    }
    if (duration.isZero() || duration.isNegative()) throw new IllegalArgumentException("--duration: expected a positive duration");
    if (warmup.isNegative()) throw new IllegalArgumentException("--warmup: expected zero or a positive duration");
    if (maxQueries < 0) throw new IllegalArgumentException("--max-queries: expected 0 or more, got " + maxQueries);
    if (!(reportShare >= 0 && reportShare <= 1)) {
      throw new IllegalArgumentException("--report-share: expected a number from 0 to 1, got " + reportShare);
    }
    if (indexThreads < 1) throw new IllegalArgumentException("--index-threads: expected at least 1, got " + indexThreads);
    if (indexRuns < 1) throw new IllegalArgumentException("--index-runs: expected at least 1, got " + indexRuns);
    threads = List.copyOf(threads);
    if (phases.isEmpty()) throw new IllegalArgumentException("--phases: expected at least one phase");
    phases = java.util.Collections.unmodifiableSet(EnumSet.copyOf(phases));
    if (httpDuration == null || httpDuration.toSeconds() < 1) {
      throw new IllegalArgumentException("--http-duration: expected at least 1s");
    }
    if (connections < 1 || connections > 1024) {
      throw new IllegalArgumentException("--connections: expected 1 to 1024, got " + connections);
    }
    if (serverHeap == null || !HEAP.matcher(serverHeap).matches()) {
      throw new IllegalArgumentException("--server-heap: expected a JVM heap size such as 512m or 1g, got '" + serverHeap + "'");
    }
    if (shippedCorpus == null) throw new IllegalArgumentException("--shipped-corpus: expected a folder");
    if (oursWorkers < 0 || oursWorkers > 256) {
      throw new IllegalArgumentException("--ours-workers: expected 0 (one per core) to 256, got " + oursWorkers);
    }
    if (rounds < 1 || rounds > 100_000) {
      throw new IllegalArgumentException("--rounds: expected 1 to 100000, got " + rounds);
    }
  }

  /** The settings of earlier versions: HTTP and start-up settings at their defaults. */
  public BenchOptions(long events, long seed, Path workDir, List<Integer> threads, Duration warmup, Duration duration,
      long maxQueries, Set<Phase> phases, double reportShare, int indexThreads, int indexRuns) {
    this(events, seed, workDir, threads, warmup, duration, maxQueries, phases, reportShare, indexThreads, indexRuns,
        DEFAULT_HTTP_DURATION, DEFAULT_CONNECTIONS, DEFAULT_SERVER_HEAP, DEFAULT_SHIPPED_CORPUS, 0, DEFAULT_ROUNDS);
  }

  public static BenchOptions defaults() {
    return new BenchOptions(DEFAULT_EVENTS, DEFAULT_SEED, DEFAULT_WORK_DIR, DEFAULT_THREADS, DEFAULT_WARMUP,
        DEFAULT_DURATION, 0, EnumSet.allOf(Phase.class), GeneratorOptions.DEFAULT_REPORT_SHARE, 1, 1);
  }

  public GeneratorOptions generatorOptions() {
    return new GeneratorOptions(events, seed, reportShare, GeneratorOptions.DEFAULT_CSV_ROWS_PER_FILE,
        Runtime.getRuntime().availableProcessors());
  }

  public Path corpusDir() {
    return workDir.resolve("corpus");
  }

  /**
   * Parses command-line options.
   *
   * @throws IllegalArgumentException naming the option and what was expected
   */
  public static BenchOptions parse(List<String> args) {
    BenchOptions d = defaults();
    long events = d.events;
    long seed = d.seed;
    Path work = d.workDir;
    List<Integer> threads = d.threads;
    Duration warmup = d.warmup;
    Duration duration = d.duration;
    long maxQueries = d.maxQueries;
    Set<Phase> phases = d.phases;
    double share = d.reportShare;
    int indexThreads = d.indexThreads;
    int indexRuns = d.indexRuns;
    Duration httpDuration = d.httpDuration;
    int connections = d.connections;
    String serverHeap = d.serverHeap;
    Path shipped = d.shippedCorpus;
    int oursWorkers = d.oursWorkers;
    int rounds = d.rounds;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg;
      String value;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else if (arg.startsWith("--")) {
        if (i + 1 >= args.size()) throw new IllegalArgumentException(arg + ": missing value");
        value = args.get(++i);
      } else {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
      }
      switch (name) {
        case "--events" -> events = count(name, value);
        case "--seed" -> seed = integer(name, value);
        case "--work" -> work = Path.of(value);
        case "--threads" -> {
          List<Integer> list = new ArrayList<>();
          for (String t : value.split(",")) list.add((int) count(name, t));
          threads = list;
        }
        case "--warmup" -> warmup = duration(name, value);
        case "--duration" -> duration = duration(name, value);
        case "--max-queries" -> maxQueries = count(name, value);
        case "--phases" -> {
          Set<Phase> set = EnumSet.noneOf(Phase.class);
          for (String p : value.split(",")) set.add(Phase.parse(p));
          phases = set;
        }
        case "--report-share" -> {
          try {
            share = Double.parseDouble(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": expected a number from 0 to 1, got '" + value + "'");
          }
        }
        case "--index-threads" -> indexThreads = (int) count(name, value);
        case "--index-runs" -> indexRuns = (int) count(name, value);
        case "--http-duration" -> httpDuration = duration(name, value);
        case "--connections" -> connections = (int) count(name, value);
        case "--server-heap" -> serverHeap = value.strip();
        case "--shipped-corpus" -> shipped = Path.of(value);
        case "--ours-workers" -> oursWorkers = (int) integer(name, value);
        case "--rounds" -> rounds = (int) Math.min(Integer.MAX_VALUE, count(name, value));
        default -> throw new IllegalArgumentException("unknown option '" + name + "'");
      }
    }
    return new BenchOptions(events, seed, work, threads, warmup, duration, maxQueries, phases, share, indexThreads,
        indexRuns, httpDuration, connections, serverHeap, shipped, oursWorkers, rounds);
  }

  private static final Pattern POWER = Pattern.compile("(\\d+)\\^(\\d+)");

  /** A whole number written as 10000, 10_000, 10,000, 1e5 or 10^6. */
  static long count(String option, String value) {
    String v = value.strip().replace("_", "").replace(",", "");
    try {
      Matcher m = POWER.matcher(v);
      if (m.matches()) return Math.round(Math.pow(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
      if (v.toLowerCase(Locale.ROOT).contains("e")) {
        double d = Double.parseDouble(v);
        if (d != Math.rint(d) || d > Long.MAX_VALUE) throw new NumberFormatException();
        return (long) d;
      }
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": expected a whole number (e.g. 10000, 1e5, 10^6), got '" + value + "'");
    }
  }

  private static long integer(String option, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": expected a whole number, got '" + value + "'");
    }
  }

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

  /** A duration written as 500ms, 10s, 2m or plain seconds. */
  static Duration duration(String option, String value) {
    Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(option + ": expected a duration such as 500ms, 10s or 2m, got '" + value + "'");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis = switch (unit) {
      case "ms" -> amount;
      case "m" -> amount * 60_000;
      default -> amount * 1000;
    };
    return Duration.ofMillis(Math.round(millis));
  }
}
