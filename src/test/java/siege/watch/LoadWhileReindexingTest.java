package siege.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.http.SearchServer;
import siege.http.ServerConfig;
import siege.index.CorpusIndexer;
import siege.search.LuceneSearchService;

/**
 * The load run of docs/reliability.md: 64 connections of mixed searches with facets against the
 * real server on 127.0.0.1 while the corpus is changed every half second and the watcher reindexes
 * it. Zero transport errors and zero 5xx other than the concurrency cap's quick 503s (counted
 * apart); p50/p99 latency reported. Not in the default run: {@code mvn -B test
 * -Dtest.exclude=browser -Dgroups=load [-Dload.seconds=60] [-Dload.connections=64]}.
 */
@Tag("load")
@EnabledIfSystemProperty(named = "groups", matches = ".*load.*")
class LoadWhileReindexingTest {
  private static final Logger LOG = LoggerFactory.getLogger(LoadWhileReindexingTest.class);
  private static final String[] QUERIES = {
      "shelling", "blockade", "\"car bomb\"", "JNIM", "airport", "Wagner", "killed", "fuel", "siege AND city",
      "drone OR airstrike", "shell*", "", "Timbuktu -airport", "aid convoy", "mortar"};
  private static final String[] FILTERS = {
      "", "&kind=event", "&month=2023-09", "&actor=Wagner%20Group", "&event_type=Battles&sort=date",
      "&kind=event&sort=-date&page=2", "&report=siege-of-timbuktu", "&from=2023-08-01&to=2023-12-31", "&tag=blockade"};

  @Test
  void searchesNeverFailWhileTheCorpusIsChangedAndReindexed(@TempDir Path corpus, @TempDir Path index) throws Exception {
    int seconds = Integer.getInteger("load.seconds", 10);
    int connections = Integer.getInteger("load.connections", 64);
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
    }
    new CorpusIndexer().update(corpus, index);
    try (LuceneSearchService service = LuceneSearchService.open(index);
        LiveIndex live = LiveIndex.start(corpus, index, new CorpusIndexer(), service);
        SearchServer server = new SearchServer(service, ServerConfig.defaults().withPort(0))) {
      URI base = server.start();
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
          .executor(Executors.newFixedThreadPool(4)).build();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
      LongAdder errors = new LongAdder();
      List<long[]> latencies = new ArrayList<>();
      AtomicLong changes = new AtomicLong();

      Thread mutator = new Thread(() -> mutate(corpus, end, changes), "corpus-mutator");
      mutator.start();
      ExecutorService pool = Executors.newFixedThreadPool(connections);
      List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        futures.add(pool.submit(() -> {
          long[] mine = new long[1 << 16];
          int n = 0;
          ThreadLocalRandom r = ThreadLocalRandom.current();
          while (System.nanoTime() < end) {
            String q = QUERIES[r.nextInt(QUERIES.length)];
            String path = "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + FILTERS[r.nextInt(FILTERS.length)];
            HttpRequest req = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
            long t = System.nanoTime();
            try {
              HttpResponse<Void> resp = client.send(req, HttpResponse.BodyHandlers.discarding());
              statuses.computeIfAbsent(resp.statusCode(), k -> new LongAdder()).increment();
              if (resp.statusCode() == 200 && n < mine.length) mine[n++] = System.nanoTime() - t;
            } catch (IOException e) {
              errors.increment();
              LOG.warn("request failed: {} {}", path, e.toString());
            }
          }
          return Arrays.copyOf(mine, n);
        }));
      }
      for (var f : futures) latencies.add(f.get());
      pool.shutdown();
      mutator.join();

      long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      long total = statuses.values().stream().mapToLong(LongAdder::sum).sum();
      long fiveHundreds = statuses.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503)
          .mapToLong(e -> e.getValue().sum()).sum();
      String figures = String.format(
          "load: %d s, %d connections, %d requests (%.0f/s), statuses %s, transport errors %d, "
              + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (200s); %d corpus changes, %d index updates",
          seconds, connections, total, total / (double) seconds, statuses, errors.sum(), pct(all, 50), pct(all, 90),
          pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, changes.get(), live.updates());
      LOG.info(figures);
      Files.writeString(Path.of("target", "load-report.txt"), figures + "\n");
      assertThat(errors.sum()).as("transport errors").isZero();
      assertThat(fiveHundreds).as("5xx other than 503").isZero();
      assertThat(statuses.keySet()).as("statuses").isSubsetOf(200, 503);
      assertThat(statuses.get(200).sum()).isPositive();
      assertThat(live.updates()).as("index updates during the run").isPositive();
    }
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  /** Every half second: add a report, change one, or remove one of those it added. */
  private static void mutate(Path corpus, long end, AtomicLong changes) {
    int n = 0;
    try {
      while (System.nanoTime() < end - TimeUnit.SECONDS.toNanos(2)) {
        n++;
        Path file = corpus.resolve("load-" + (n % 7) + ".txt");
        if (n % 5 == 0) {
          Files.deleteIfExists(file);
        } else {
          Files.writeString(file, "= Siege of Loadtown " + n + " =\n\n- Date: 2024-0" + (1 + n % 9) + "-01\n"
              + "- Combatant1: Mali\n- Combatant2: Jama'at Nasr al-Islam wal Muslimin\n\n"
              + "On " + (1 + n % 28) + " March 2024 JNIM fighters shelled the airport of Loadtown with mortars, killing "
              + (n % 9) + " people.\n\nThe blockade of Loadtown cut fuel and aid convoys for weeks.\n");
        }
        changes.incrementAndGet();
        Thread.sleep(500);
      }
    } catch (IOException | InterruptedException e) {
      LOG.warn("corpus mutator stopped: {}", e.toString());
    }
  }
}
