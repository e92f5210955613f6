package siege.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import siege.schema.StoredJson;

/**
 * The size and modification time of each corpus file as it was indexed, recorded in the commit
 * ({@link siege.schema.CommitData#CORPUS_STAMPS}) next to the {@link CorpusManifest}'s content
 * hashes, so that a start can tell that nothing changed from the file listing alone instead of
 * hashing and parsing the whole corpus. A file whose size or modification time differs is
 * changed. A file modified less than {@link #RACY_MILLIS} before the stamps were taken may have
 * changed again within the same clock tick of a coarse file system (same size, same time): it is
 * hashed and compared with the manifest rather than trusted. Also recorded: a hash of the curated
 * actor list shipped in the program ({@code /siege/actors.txt}), which actor resolution depends on.
 *
 * @param takenMillis when the stamps were recorded (epoch ms)
 * @param curatedActors SHA-256 of the program's curated actor list then
 * @param files file name -> stamp
 */
public record CorpusStamps(long takenMillis, String curatedActors, Map<String, Stamp> files) {
  /** Files modified this close to {@link #takenMillis} are hashed, not trusted. */
  public static final long RACY_MILLIS = 2_000;
  static final String CURATED_ACTORS_RESOURCE = "/siege/actors.txt";
  private static final String TAKEN_KEY = "/taken";
  private static final String ACTORS_KEY = "/curated-actors";

  /** @param modifiedNanos modification time since the epoch, in ns */
  public record Stamp(long size, long modifiedNanos) {}

  public CorpusStamps {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /** The stamps as JSON ({@code {"name": "size mtime-ns", "/taken": "ms", "/curated-actors": "sha"}}). */
  public String encode() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(TAKEN_KEY, Long.toString(takenMillis));
    m.put(ACTORS_KEY, curatedActors);
    files.forEach((name, s) -> m.put(name, s.size() + " " + s.modifiedNanos()));
    return StoredJson.encode(m);
  }

  /** The stamps stored as JSON, or null when absent or unreadable (then the corpus is read). */
  public static CorpusStamps decode(String json) {
    if (json == null || json.isEmpty()) return null;
    try {
      Map<String, String> m = new TreeMap<>(StoredJson.decodeMap(json));
      String taken = m.remove(TAKEN_KEY);
      String actors = m.remove(ACTORS_KEY);
      if (taken == null || actors == null) return null;
      Map<String, Stamp> files = new TreeMap<>();
      for (var e : m.entrySet()) {
        String[] parts = e.getValue().split(" ");
        if (parts.length != 2) return null;
        files.put(e.getKey(), new Stamp(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
      }
      return new CorpusStamps(Long.parseLong(taken), actors, files);
    } catch (IllegalStateException | NumberFormatException e) {
      return null;
    }
  }

  /** The stamp of a file as it is now. */
  static Stamp of(BasicFileAttributes a) {
    return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }

  /**
   * Whether {@code corpus} holds exactly the files of these stamps, each with its recorded size and
   * modification time (a racy one with the manifest's content), and the program's curated actor
   * list is the one the index was built with: then the index built from it is up to date.
   */
  public boolean unchanged(Path corpus, CorpusManifest manifest) throws IOException {
    if (manifest == null || !manifest.entries().keySet().equals(files.keySet())) return false;
    if (!curatedActors.equals(curatedActorsHash())) return false;
    List<Path> listed = CorpusFiles.list(corpus);
    if (listed.size() != files.size()) return false;
    Set<String> seen = new HashSet<>();
    long racyAfterNanos = TimeUnit.MILLISECONDS.toNanos(takenMillis - RACY_MILLIS);
    for (Path file : listed) {
      String name = file.getFileName().toString();
      Stamp recorded = files.get(name);
      if (recorded == null || !seen.add(name)) return false;
      Stamp now;
      try {
        now = of(Files.readAttributes(file, BasicFileAttributes.class));
      } catch (NoSuchFileException e) {
        return false;
      }
      if (!now.equals(recorded)) return false;
      if (now.modifiedNanos() >= racyAfterNanos && !FileHashes.hashOf(file).equals(manifest.hash(name))) return false;
    }
    return true;
  }

  /** SHA-256 of the curated actor list shipped in the program. */
  static String curatedActorsHash() {
    try (InputStream in = CorpusStamps.class.getResourceAsStream(CURATED_ACTORS_RESOURCE)) {
      if (in == null) return "missing";
      MessageDigest sha = FileHashes.sha256();
      sha.update(in.readAllBytes());
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
