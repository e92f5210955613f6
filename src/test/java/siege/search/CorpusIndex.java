package siege.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import siege.index.CorpusIndexer;

/**
 * The index of the shipped {@code corpus/} (reports, paragraphs and extracted events), built once
 * per test JVM into a temporary folder that is deleted on exit, shared by the tests that search
 * the real data.
 */
public final class CorpusIndex {
  private static Path built;

  private CorpusIndex() {}

  /** The folder of the built index. */
  public static synchronized Path path() {
    if (built == null) {
      try {
        Path dir = Files.createTempDirectory("siege-corpus-index");
        new CorpusIndexer().index(Path.of("corpus"), dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        built = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return built;
  }

  /** A new service over the index; the caller closes it. */
  public static LuceneSearchService open() throws IOException {
    return LuceneSearchService.open(path());
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: it is a temporary folder
    }
  }
}
