package siege.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.bench.CorpusGenerator;
import siege.bench.GeneratorOptions;
import siege.search.LuceneSearchService;
import siege.search.SearchRequest;

/**
 * {@code kill -9} at random moments of indexing: the index always opens, whole, as it was before
 * the run or as the run would have left it, answers searches, and the next run completes.
 *
 * <p>Two corpus folders A and B differ in a third of their reports (changed, removed, added). The
 * indexer runs in a child JVM, bringing the index from the state it is in to the other one
 * (updates, and a rebuild every third round), and is killed ({@code destroyForcibly}, SIGKILL) after a random delay within
 * the time a whole run takes.
 */
class KillDuringIndexingTest {
  private static final Logger LOG = LoggerFactory.getLogger(KillDuringIndexingTest.class);
  private static final int ROUNDS = 5;

  /** How a child run ended: whether it committed, and how long it ran after starting. */
  private record Run(boolean finished, long millis) {}

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void anIndexKilledAtAnyMomentOpensAsBeforeOrAfterTheRun(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    new CorpusGenerator(GeneratorOptions.of(2_000, 42)).generate(a);
    makeB(a, b);
    Path index = tmp.resolve("index");
    long countA = documents(index, a);
    long countB = documents(tmp.resolve("ref-b"), b);
    assertThat(countA).isNotEqualTo(countB);

    Run whole = runChild("update", b, index, -1);
    assertThat(whole.finished()).isTrue();
    long wholeRunMillis = Math.max(whole.millis(), 50);
    assertThat(count(index)).isEqualTo(countB);
    LOG.info("a whole update run takes {} ms", wholeRunMillis);

    Random random = new Random();
    int killedMidway = 0;
    long expected = countB;
    for (int round = 0; round < ROUNDS; round++) {
      Path target = expected == countA ? b : a; // always the other state: every run has work to do
      String mode = round % 3 == 2 ? "rebuild" : "update";
      long delay = random.nextLong(wholeRunMillis * 13 / 10); // some runs get to commit
      boolean finished = runChild(mode, target, index, delay).finished();
      if (!finished) killedMidway++;
      long now = count(index);
      LOG.info("round {}: {} to {} killed after {} ms ({}): {} documents", round, mode, target.getFileName(), delay,
          finished ? "it had finished" : "midway", now);
      assertThat(now).as("documents after a kill").isIn(countA, countB);
      if (finished) assertThat(now).isEqualTo(target == a ? countA : countB);
      assertThat(IndexHealth.check(index).healthy()).isTrue();
      expected = now;
    }
    assertThat(killedMidway).as("runs killed before their commit").isPositive();
    // the next run completes and gives exactly the target
    assertThat(runChild("update", b, index, -1).finished()).isTrue();
    assertThat(count(index)).isEqualTo(countB);
    assertThat(IndexContents.of(index)).isEqualTo(IndexContents.of(tmp.resolve("ref-b")));
    assertThat(expected).isPositive();
  }

  /** B: every third report changed, every fifth removed, plus new ones; event files as in A. */
  private static void makeB(Path a, Path b) throws IOException {
    Files.createDirectories(b);
    List<Path> files;
    try (Stream<Path> s = Files.list(a)) {
      files = s.sorted().toList();
    }
    int n = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (!name.endsWith(".txt")) {
        Files.copy(f, b.resolve(name));
        continue;
      }
      n++;
      if (n % 5 == 0) continue;
      String text = Files.readString(f);
      if (n % 3 == 0) text += "\nOn 3 March 2021 militants shelled the market again, killing 2 people.\n";
      Files.writeString(b.resolve(name), text);
    }
    for (int i = 0; i < 10; i++) {
      Files.writeString(b.resolve("added-" + i + ".txt"), "= Siege of Added " + i + " =\n\n"
          + "On 1 May 2022 fighters blockaded the town of Added " + i + " and shelled its airport.\n");
    }
  }

  private static long documents(Path index, Path corpus) throws Exception {
    new CorpusIndexer().rebuild(corpus, index);
    return count(index);
  }

  /** Opens the index as a server would, checks a search answers, and counts its documents. */
  private static long count(Path index) throws Exception {
    try (LuceneSearchService s = LuceneSearchService.open(index)) {
      assertThat(s.search(SearchRequest.of("")).total()).isPositive();
      return s.documentCount();
    }
  }

  /**
   * Runs the indexer in a child JVM; kills it {@code killAfterMillis} after it printed "started"
   * (never when negative). Returns whether the run had finished its commit, and how long it ran.
   */
  private static Run runChild(String mode, Path corpus, Path index, long killAfterMillis) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
        IndexingChild.class.getName(), mode, corpus.toString(), index.toString()));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    boolean done = false;
    long started;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("started");
      started = System.nanoTime();
      if (killAfterMillis >= 0) {
        Thread.sleep(killAfterMillis);
        p.destroyForcibly();
      }
      try {
        done = "done".equals(out.readLine());
      } catch (IOException killed) {
        done = false; // the stream closed with the process before "done" was read
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(done, (System.nanoTime() - started) / 1_000_000);
  }
}
