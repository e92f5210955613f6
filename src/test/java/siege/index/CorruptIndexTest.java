package siege.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import siege.search.LuceneSearchService;
import siege.search.SearchRequest;

/** A damaged index file is found at start (codec checksums) and the index is rebuilt from the corpus. */
class CorruptIndexTest {
  static final Path CORPUS = Path.of("corpus");

  enum Damage {
    TRUNCATE_THE_LARGEST_FILE {
      void apply(Path index) throws IOException {
        Path f = largest(index);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
          raf.setLength(raf.length() / 2);
        }
      }
    },
    OVERWRITE_BYTES_IN_THE_MIDDLE {
      void apply(Path index) throws IOException {
        Path f = largest(index);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
          raf.seek(raf.length() / 2);
          byte[] b = new byte[64];
          raf.readFully(b);
          for (int i = 0; i < b.length; i++) b[i] = (byte) ~b[i];
          raf.seek(raf.length() / 2);
          raf.write(b);
        }
      }
    },
    OVERWRITE_THE_COMMIT_POINT {
      void apply(Path index) throws IOException {
        Path segments = files(index).filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        try (RandomAccessFile raf = new RandomAccessFile(segments.toFile(), "rw")) {
          raf.seek(raf.length() - 20);
          raf.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
      }
    },
    DELETE_A_SEGMENT_FILE {
      void apply(Path index) throws IOException {
        Files.delete(largest(index));
      }
    };

    abstract void apply(Path index) throws IOException;

    static Stream<Path> files(Path index) throws IOException {
      try (Stream<Path> s = Files.list(index)) {
        return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("write.lock")).toList().stream();
      }
    }

    static Path largest(Path index) throws IOException {
      return files(index).filter(p -> p.getFileName().toString().startsWith("_"))
          .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void aDamagedIndexIsFoundAtStartAndRebuiltFromTheCorpus(Damage damage, @TempDir Path index) throws Exception {
    new CorpusIndexer().rebuild(CORPUS, index);
    Map<String, String> before = IndexContents.of(index);
    Files.writeString(index.resolve("README.md"), "the index folder\n");
    assertThat(IndexHealth.check(index).healthy()).isTrue();

    damage.apply(index);

    IndexHealth health = IndexHealth.check(index);
    assertThat(health.state()).isEqualTo(IndexHealth.State.CORRUPT);
    assertThat(health.problem()).isNotBlank();
    IndexStartup.Outcome o = IndexStartup.prepare(CORPUS, index, false, new CorpusIndexer());
    assertThat(o.action()).isEqualTo(IndexStartup.Action.REBUILT_AFTER_CORRUPTION);
    assertThat(o.message()).contains("was corrupt", "rebuilt it from the corpus", health.problem());
    assertThat(IndexHealth.check(index).healthy()).isTrue();
    assertThat(IndexContents.of(index)).isEqualTo(before);
    assertThat(index.resolve("README.md")).exists(); // only Lucene's files are touched
    try (LuceneSearchService s = LuceneSearchService.open(index)) {
      assertThat(s.search(SearchRequest.of("Timbuktu")).total()).isPositive();
    }
  }
}
