package siege.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import siege.schema.StoredJson;

/**
 * The corpus files an index was built from: for each file name, the SHA-256 of its content and of
 * the records indexed from it. Stored in the commit user data ({@link
 * siege.schema.CommitData#CORPUS_FILES}), so an update rewrites only files whose content changed,
 * or whose records changed because the actor aliases learnt from other reports did.
 *
 * @param entries file name -> hashes, sorted by name
 */
public record CorpusManifest(Map<String, Entry> entries) {
  public static final CorpusManifest EMPTY = new CorpusManifest(Map.of());

  /**
   * @param content SHA-256 of the file's bytes
   * @param output SHA-256 of the event records indexed from it ({@link OutputHash})
   */
  public record Entry(String content, String output) {}

  public CorpusManifest {
    entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  /** A manifest of content hashes only (outputs unknown). */
  public static CorpusManifest ofContent(Map<String, String> contentHashes) {
    Map<String, Entry> m = new TreeMap<>();
    contentHashes.forEach((name, hash) -> m.put(name, new Entry(hash, "")));
    return new CorpusManifest(m);
  }

  /** The manifest stored as JSON ({@code {"name": "content output"}}), or null when it is not one. */
  public static CorpusManifest decode(String json) {
    if (json == null || json.isEmpty()) return null;
    try {
      Map<String, Entry> m = new TreeMap<>();
      for (var e : StoredJson.decodeMap(json).entrySet()) {
        String[] parts = e.getValue().split(" ", 2);
        m.put(e.getKey(), new Entry(parts[0], parts.length > 1 ? parts[1] : ""));
      }
      return new CorpusManifest(m);
    } catch (IllegalStateException e) {
      return null;
    }
  }

  public String encode() {
    Map<String, String> m = new LinkedHashMap<>();
    entries.forEach((name, e) -> m.put(name, e.content() + " " + e.output()));
    return StoredJson.encode(m);
  }

  /** The content hash recorded for a file, null when the file is not in the manifest. */
  public String hash(String fileName) {
    Entry e = entries.get(fileName);
    return e == null ? null : e.content();
  }

  /** The output hash recorded for a file, null when the file is not in the manifest. */
  public String output(String fileName) {
    Entry e = entries.get(fileName);
    return e == null ? null : e.output();
  }

  /** One SHA-256 over every (name, content hash) pair: changes when any file is added, removed or changed. */
  public String fingerprint() {
    MessageDigest sha = FileHashes.sha256();
    for (var e : entries.entrySet()) {
      sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(e.getValue().content().getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
