package siege.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import siege.eventfile.EventFiles;

/** The files of a corpus folder the indexer reads: reports (.txt) and event files (.csv, .jsonl). */
public final class CorpusFiles {
  private CorpusFiles() {}

  /** The corpus files in sorted name order; other files (README.md ...) are left out. */
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

  /** SHA-256 over each file's name and bytes, in list order. */
  public static String fingerprint(List<Path> files) throws IOException {
    MessageDigest sha = sha256();
    for (Path f : files) {
      sha.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update((byte) 0);
      try (var in = Files.newInputStream(f)) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
      }
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
