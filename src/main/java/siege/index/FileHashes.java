package siege.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Content hashes of corpus files (SHA-256, read in 64 KB chunks, so any size in bounded memory).
 * Remembers each file's hash with its size and modification time, so a long-running watcher does
 * not read unchanged files again; a one-off {@code index} run reads each file once.
 */
public final class FileHashes {
  /** A file's size and modification time when it was hashed, with the hash. */
  record Stamp(long size, long modifiedNanos, String hash) {}

  private final Map<Path, Stamp> known = new ConcurrentHashMap<>();

  /** The SHA-256 of the file's bytes, in lower-case hex. */
  public String hash(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    long size = a.size();
    long modified = a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    Stamp s = known.get(file);
    if (s != null && s.size() == size && s.modifiedNanos() == modified) return s.hash();
    String hash = hashOf(file);
    known.put(file, new Stamp(size, modified, hash));
    return hash;
  }

  /** The stamp the file was last hashed with, null when it was not. */
  Stamp stamp(Path file) {
    return known.get(file);
  }

  /**
   * Takes {@code hash} as the file's hash while its size and modification time stay these (from a
   * previous run's {@link CorpusStamps}), so an unchanged file is not read again.
   */
  void remember(Path file, long size, long modifiedNanos, String hash) {
    known.putIfAbsent(file, new Stamp(size, modifiedNanos, hash));
  }

  /** Forgets files that are gone, so the cache does not grow without bound. */
  public void retainOnly(java.util.Collection<Path> files) {
    known.keySet().retainAll(new java.util.HashSet<>(files));
  }

  /** SHA-256 of a file's bytes, read without a cache. */
  public static String hashOf(Path file) throws IOException {
    MessageDigest sha = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
