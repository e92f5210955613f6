package siege.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import siege.index.CorpusIndexer;
import siege.model.Kind;
import siege.search.LuceneSearchService;
import siege.search.SearchRequest;

/** {@code serve --watch}: corpus changes become searchable within seconds, without a restart. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveIndexTest {
  @TempDir Path corpus;
  @TempDir Path index;
  LuceneSearchService service;
  LiveIndex live;

  @BeforeEach
  void serveTheShippedCorpus() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
    }
    new CorpusIndexer().update(corpus, index);
    service = LuceneSearchService.open(index);
    live = LiveIndex.start(corpus, index, new CorpusIndexer(), service);
  }

  @AfterEach
  void stop() throws IOException {
    live.close();
    service.close();
  }

  private long hits(String word) throws Exception {
    return service.search(new SearchRequest(word, Set.of(Kind.PARAGRAPH, Kind.REPORT), null, null, null, null, null,
        null, null, null, null, 1, 10)).total();
  }

  private static String report(String title, String... paragraphs) {
    return "= " + title + " =\n\n" + String.join("\n\n", paragraphs) + "\n";
  }

  /** Polls until {@code condition} holds; returns the milliseconds it took, or fails after {@code limit}. */
  private static long within(Duration limit, BooleanSupplier condition) throws InterruptedException {
    long start = System.nanoTime();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - start > limit.toNanos()) throw new AssertionError("not within " + limit);
      Thread.sleep(20);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private BooleanSupplier found(String word, boolean present) {
    return () -> {
      try {
        return (hits(word) > 0) == present;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    };
  }

  @Test
  void aReportAddedChangedAndRemovedIsSearchableWithinTwoSeconds() throws Exception {
    Thread.sleep(1500); // let the watcher's first look at the folder pass
    long before = live.updates();
    Path file = corpus.resolve("siege-of-qarbat.txt");
    Files.writeString(file, report("Siege of Qarbat", "On 4 April 2024 militants blockaded Qarbat and shelled its vellumite market."));
    long millis = within(Duration.ofSeconds(2), found("vellumite", true));
    assertThat(millis).isLessThan(2000);

    Files.writeString(file, report("Siege of Qarbat", "On 5 April 2024 the militants shelled the zephyrine depot."));
    within(Duration.ofSeconds(2), found("zephyrine", true));
    assertThat(hits("vellumite")).isZero();

    Files.delete(file);
    within(Duration.ofSeconds(2), found("zephyrine", false));
    assertThat(service.report("siege-of-qarbat")).isEmpty();
    assertThat(live.updates() - before).isEqualTo(3);
    assertThat(hits("Timbuktu")).isPositive();
  }

  @Test
  void aFileStillBeingWrittenIsNotIndexedHalfWay() throws Exception {
    Path file = corpus.resolve("siege-of-slowcopy.txt");
    int chunks = 12;
    String[] paragraphs = new String[chunks];
    for (int i = 0; i < chunks; i++) paragraphs[i] = "On " + (i + 1) + " May 2024 fighters shelled the obsidite quarter, part " + i + ".";
    byte[] whole = report("Siege of Slowcopy", paragraphs).getBytes(StandardCharsets.UTF_8);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      int step = whole.length / chunks + 1;
      for (int at = 0; at < whole.length; at += step) {
        out.write(whole, at, Math.min(step, whole.length - at)); // a slow copy: a chunk every 100 ms
        Thread.sleep(100);
        var view = service.report("siege-of-slowcopy");
        if (view.isPresent()) assertThat(view.get().paragraphs()).as("indexed half-way").hasSize(chunks);
      }
    }
    within(Duration.ofSeconds(3), () -> service.report("siege-of-slowcopy").isPresent());
    assertThat(service.report("siege-of-slowcopy").orElseThrow().paragraphs()).hasSize(chunks);
  }

  @Test
  void badAndTemporaryFilesLeaveTheServedIndexAsItWas() throws Exception {
    Thread.sleep(1500);
    Path menaka = corpus.resolve("siege-of-menaka.txt");
    int paragraphs = service.report("siege-of-menaka").orElseThrow().paragraphs().size();
    long updates = live.updates();
    // an editor's swap file, a copy under a temporary name, a backup: not corpus files
    Files.writeString(corpus.resolve(".siege-of-menaka.txt.swp"), report("Swap", "quillonite swap"));
    Files.writeString(corpus.resolve("siege-of-new.txt.tmp"), report("Tmp", "quillonite tmp"));
    Files.writeString(corpus.resolve("siege-of-menaka.txt~"), report("Backup", "quillonite backup"));
    // a report that no longer parses, a binary file, a huge file (sparse: written in no time)
    Files.write(menaka, "= Siege of M\u00e9naka =\n\nLatin-1 text.\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(corpus.resolve("binary.txt"), new byte[] {'=', ' ', 'x', 0, 1, 2, '\n'});
    try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(200L * 1024 * 1024);
    }
    within(Duration.ofSeconds(5), () -> live.lastSummary() != null && live.lastSummary().problems().size() == 3);
    assertThat(live.lastSummary().problems()).containsExactly(
        "binary.txt:1: binary content (NUL byte): expected UTF-8 text",
        "huge.txt: file is 209715200 bytes, over the limit of 67108864 bytes",
        "siege-of-menaka.txt:1: not valid UTF-8 text");
    assertThat(hits("quillonite")).isZero();
    assertThat(service.report("siege-of-menaka").orElseThrow().paragraphs()).hasSize(paragraphs);
    assertThat(live.updates()).isEqualTo(updates); // nothing was committed
    assertThat(hits("Timbuktu")).isPositive();
  }

  @Test
  void anUpdateThatCannotWriteIsTriedAgainUntilItSucceeds() throws Exception {
    Thread.sleep(1500);
    // another writer holds the index: the watcher's update fails and the index keeps serving
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Files.writeString(corpus.resolve("siege-of-lockton.txt"), report("Siege of Lockton", "On 2 June 2024 the tarnwick gate was shelled."));
      Thread.sleep(1500);
      assertThat(hits("tarnwick")).isZero();
      assertThat(hits("Timbuktu")).isPositive();
      other.rollback();
    }
    within(Duration.ofSeconds(10), found("tarnwick", true));
  }
}
