package siege.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.cli.Main;
import siege.search.LuceneSearchService;
import siege.search.SearchRequest;

/**
 * A disk that fills up during an update or a rebuild, and an index folder that cannot be written:
 * a clear error, and the index that was there keeps serving, whole.
 */
class DiskFaultTest {
  @TempDir Path corpus;
  @TempDir Path index;

  @BeforeEach
  void indexTheShippedCorpus() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
    }
    new CorpusIndexer().update(corpus, index);
    // then the corpus changes: the next run has work to do
    Files.writeString(corpus.resolve("siege-of-newtown.txt"),
        "= Siege of Newtown =\n\nOn 4 April 2024 militants blockaded Newtown and shelled the quorbic market.\n");
  }

  /** A directory whose disk is full once {@code budget} bytes were written through it. */
  static final class FullDisk extends FilterDirectory {
    final AtomicLong left;

    FullDisk(Directory in, long budget) {
      super(in);
      this.left = new AtomicLong(budget);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return spend(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      return spend(super.createTempOutput(prefix, suffix, context));
    }

    private IndexOutput spend(IndexOutput out) {
      return new FilterIndexOutput("full disk", out.getName(), out) {
        @Override
        public void writeByte(byte b) throws IOException {
          take(1);
          super.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
          take(length);
          super.writeBytes(b, offset, length);
        }
      };
    }

    private void take(long n) throws IOException {
      if (left.addAndGet(-n) < 0) throw new IOException("No space left on device");
    }
  }

  private void assertTheOldIndexServesWhole(LuceneSearchService service, Map<String, String> before) throws Exception {
    service.refresh();
    assertThat(service.search(SearchRequest.of("quorbic")).total()).isZero();
    assertThat(service.search(SearchRequest.of("Timbuktu")).total()).isPositive();
    assertThat(IndexHealth.check(index).healthy()).isTrue();
    assertThat(IndexContents.of(index)).isEqualTo(before);
  }

  @Test
  void aDiskThatFillsUpDuringAnUpdateOrARebuildLeavesTheOldIndexServing() throws Exception {
    Map<String, String> before = IndexContents.of(index);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      for (long budget : new long[] {0, 1_000, 20_000}) {
        try (Directory full = new FullDisk(FSDirectory.open(index), budget)) {
          assertThatThrownBy(() -> new CorpusIndexer().update(corpus, full)).hasMessageContaining("No space left on device");
          assertTheOldIndexServesWhole(service, before);
          assertThatThrownBy(() -> new CorpusIndexer().rebuild(corpus, full)).hasMessageContaining("No space left on device");
          assertTheOldIndexServesWhole(service, before);
        }
      }
      // space again: the same update goes through
      assertThat(new CorpusIndexer().update(corpus, index).mode()).isEqualTo(IndexSummary.Mode.UPDATED);
      service.refresh();
      assertThat(service.search(SearchRequest.of("quorbic")).total()).isPositive();
    }
  }

  @Test
  void aServerStartingWhileTheIndexCannotBeWrittenServesThePreviousIndex() throws Exception {
    Map<String, String> before = IndexContents.of(index);
    // another writer holds the index: this start cannot write it
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      IndexStartup.Outcome o = IndexStartup.prepare(corpus, index, false, new CorpusIndexer());
      assertThat(o.action()).isEqualTo(IndexStartup.Action.KEPT_AFTER_FAILURE);
      assertThat(o.message()).startsWith("could not update the index in " + index).endsWith("serving the previous one");
      other.rollback();
    }
    assertThat(IndexContents.of(index)).isEqualTo(before);
  }

  @Test
  void anIndexFolderThatIsAFileIsAClearError(@TempDir Path tmp) throws Exception {
    Path notAFolder = tmp.resolve("index");
    Files.writeString(notAFolder, "a file where the index folder should be");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"index", "--corpus", corpus.toString(), "--index", notAFolder.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(Main.PARTIAL);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error: could not write the index in " + notAFolder + ": " + notAFolder + " is not a folder")
        .contains("the previous index, if any, is unchanged")
        .doesNotContain("Exception");
    assertThat(Files.readString(notAFolder)).startsWith("a file where");
  }
}
