package siege.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import siege.corpus.CorpusException;
import siege.corpus.ReportParser;
import siege.corpus.TextFiles;
import siege.extract.ActorDirectory;
import siege.model.Report;
import siege.schema.StoredJson;

/**
 * A corpus folder read for indexing: every file's content hash, every report parsed, and the actor
 * directory learnt from all of them (aliases are learnt across reports, so a report's events
 * depend on the others: see {@link #actorFingerprint}).
 *
 * @param files the corpus files, in name order
 * @param manifest the content hash of every file (bad ones too; outputs not known yet)
 * @param reports the reports that parsed, by file
 * @param badReports the reports that did not parse, by file ({@code file:line: what is wrong})
 * @param actors the directory that learnt every parsed report
 * @param actorFingerprint SHA-256 of what actor resolution depends on (every alias set and which
 *     actors are states); when it changes, every file's events must be extracted again
 */
record CorpusScan(
    List<Path> files,
    CorpusManifest manifest,
    Map<Path, Report> reports,
    Map<Path, CorpusException> badReports,
    ActorDirectory actors,
    String actorFingerprint) {

  /** Parsed reports kept between scans by (file name, content hash), for a watcher's repeated scans. */
  static final class ParseCache {
    private final Map<String, Report> byNameAndHash = new HashMap<>();
    /** The last version of each file that parsed: still indexed while a newer one does not parse. */
    private final Map<String, Report> lastGood = new HashMap<>();

    synchronized Report lastGood(String name) {
      return lastGood.get(name);
    }

    synchronized Report get(String name, String hash) {
      return byNameAndHash.get(name + '\0' + hash);
    }

    synchronized void put(String name, String hash, Report report) {
      byNameAndHash.put(name + '\0' + hash, report);
      lastGood.put(name, report);
    }

    synchronized void retain(CorpusManifest manifest) {
      byNameAndHash.keySet().removeIf(k -> {
        int z = k.indexOf('\0');
        return !k.substring(z + 1).equals(manifest.hash(k.substring(0, z)));
      });
      lastGood.keySet().retainAll(manifest.entries().keySet());
    }
  }

  /** One file as read on a worker: its content hash, and for a report not in the cache, its parse. */
  private record ReadFile(String hash, IOException unreadable, Report parsed, CorpusException bad) {}

  /**
   * Reads the corpus: files are hashed and new reports parsed on {@code workers} threads, a few
   * files ahead; the results are taken (and the actors learn) in file order.
   */
  static CorpusScan read(Path corpus, FileHashes hashes, ParseCache cache, int workers) throws IOException {
    List<Path> files = CorpusFiles.list(corpus);
    Map<String, String> manifest = new LinkedHashMap<>();
    Map<Path, Report> reports = new LinkedHashMap<>();
    Map<Path, CorpusException> bad = new LinkedHashMap<>();
    ActorDirectory actors = ActorDirectory.withCuratedAliases();
    try (InOrder<Path, ReadFile> reading = new InOrder<>(workers, file -> readFile(file, hashes, cache))) {
      reading.forEach(files, (file, read) -> {
        String name = file.getFileName().toString();
        if (read.unreadable() != null) {
          // removed or unreadable since the listing: treated as absent this time
          if (CorpusFiles.isReport(file)) {
            bad.put(file, new CorpusException(name, 0, "cannot be read: " + read.unreadable().getMessage()));
          }
          return;
        }
        manifest.put(name, read.hash());
        if (!CorpusFiles.isReport(file)) return;
        if (read.bad() != null) {
          bad.put(file, read.bad());
          // its previous version stays indexed: keep what it taught, so the other reports' actors stay as they are
          Report previous = cache.lastGood(name);
          if (previous != null) actors.learn(previous);
          return;
        }
        Report report = read.parsed() != null ? read.parsed() : cache.get(name, read.hash());
        cache.put(name, read.hash(), report);
        actors.learn(report);
        reports.put(file, report);
      });
    }
    hashes.retainOnly(files);
    CorpusManifest m = CorpusManifest.ofContent(manifest);
    cache.retain(m);
    return new CorpusScan(files, m, reports, bad, actors, actorFingerprint(actors));
  }

  private static ReadFile readFile(Path file, FileHashes hashes, ParseCache cache) throws IOException {
    String name = file.getFileName().toString();
    String hash;
    try {
      hash = hashes.hash(file);
    } catch (IOException e) {
      return new ReadFile(null, e, null, null);
    }
    if (!CorpusFiles.isReport(file) || cache.get(name, hash) != null) return new ReadFile(hash, null, null, null);
    try {
      return new ReadFile(hash, null, ReportParser.parse(CorpusFiles.id(file), name, TextFiles.read(file)), null);
    } catch (CorpusException e) {
      return new ReadFile(hash, null, null, e);
    }
  }

  /** SHA-256 over the alias sets and the state actors: what resolving a mention depends on. */
  static String actorFingerprint(ActorDirectory actors) {
    Map<String, java.util.Set<String>> aliases = actors.aliases();
    MessageDigest sha = FileHashes.sha256();
    sha.update(StoredJson.encode(aliases).getBytes(StandardCharsets.UTF_8));
    for (String canonical : aliases.keySet()) {
      if (actors.isState(canonical)) {
        sha.update((byte) 1);
        sha.update(canonical.getBytes(StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
