package siege.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import siege.eventfile.EventFiles;

/** The files of a corpus folder the indexer reads: reports (.txt) and event files (.csv, .jsonl). */
public final class CorpusFiles {
  private CorpusFiles() {}

  /**
   * The corpus files in sorted name order. Left out: other files (README.md ...), hidden files
   * ({@code .foo.txt.swp}) and files still being written under a temporary name ({@code foo.txt~},
   * {@code foo.txt.tmp}, {@code foo.txt.part}): none of them ends in a corpus extension.
   */
  public static List<Path> list(Path corpus) throws IOException {
    if (!Files.exists(corpus)) throw new NoSuchFileException(corpus.toString(), null, "corpus folder not found");
    if (!Files.isDirectory(corpus)) throw new NotDirectoryException(corpus.toString());
    try (Stream<Path> s = Files.list(corpus)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> isReport(p) || EventFiles.handles(p))
          .sorted()
          .toList();
    }
  }

  public static boolean isReport(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  /** A file's id: its name without the extension. */
  public static String id(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * One SHA-256 over the files' names and content hashes (the {@link CorpusManifest} fingerprint):
   * changes when a file is added, removed or changed.
   */
  public static String fingerprint(List<Path> files) throws IOException {
    java.util.Map<String, String> hashes = new java.util.TreeMap<>();
    for (Path f : files) hashes.put(f.getFileName().toString(), FileHashes.hashOf(f));
    return CorpusManifest.ofContent(hashes).fingerprint();
  }

  /** The newest modification time of the corpus files, or {@link Instant#EPOCH} when none. */
  public static Instant newestModification(Path corpus) throws IOException {
    Instant newest = Instant.EPOCH;
    for (Path f : list(corpus)) {
      Instant t = Files.getLastModifiedTime(f).toInstant();
      if (t.isAfter(newest)) newest = t;
    }
    return newest;
  }
}
