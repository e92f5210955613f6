package siege.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import siege.analysis.SiegeAnalyzers;
import siege.schema.CommitData;
import siege.schema.SchemaVersion;

/**
 * What the index folder holds: whether there is an index, its schema version, when it was built
 * and from which corpus. {@code serve} prepares its index with {@link IndexStartup} (build,
 * repair, rebuild or incremental update); {@link #needsRebuild(Path)} is a read-only staleness check
 * that does not open a writer.
 *
 * @param exists whether a committed index is there
 * @param schemaVersion the layout version it was built with, -1 when unknown
 * @param buildTime when it was built, null when unknown
 * @param corpusFingerprint the fingerprint of the corpus it was built from, null when unknown
 * @param generation the commit generation, -1 when there is no index
 * @param manifest the content hash of each corpus file indexed, null when unknown (an index built
 *     before manifests were recorded is rebuilt rather than updated)
 * @param actorFingerprint what actor resolution depended on at the last commit, null when unknown
 * @param thesaurusFingerprint the thesaurus the concept terms of the text field came from, null
 *     when unknown
 * @param stamps size and modification time of each corpus file as indexed, null when unknown
 */
public record IndexStatus(
    boolean exists, int schemaVersion, Instant buildTime, String corpusFingerprint, long generation,
    CorpusManifest manifest, String actorFingerprint, String thesaurusFingerprint, CorpusStamps stamps) {

  public static final IndexStatus MISSING = new IndexStatus(false, -1, null, null, -1, null, null, null, null);

  /** Reads the status of the index in {@code indexDir} (MISSING when there is none). */
  public static IndexStatus read(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) return MISSING;
    try (Directory dir = FSDirectory.open(indexDir)) {
      return read(dir);
    }
  }

  /** Reads the status of the latest commit in {@code dir} (MISSING when there is none). */
  public static IndexStatus read(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) return MISSING;
    SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
    Map<String, String> data = infos.getUserData();
    return new IndexStatus(
        true,
        parseInt(data.get(CommitData.SCHEMA_VERSION)),
        parseInstant(data.get(CommitData.BUILD_TIME)),
        data.get(CommitData.CORPUS_FINGERPRINT),
        infos.getGeneration(),
        CorpusManifest.decode(data.get(CommitData.CORPUS_FILES)),
        data.get(CommitData.ACTOR_FINGERPRINT),
        data.get(CommitData.THESAURUS_FINGERPRINT),
        CorpusStamps.decode(data.get(CommitData.CORPUS_STAMPS)));
  }

  /** True when an update can apply changes to this index; otherwise it must be rebuilt. */
  public boolean updatable() {
    return exists && currentSchema() && manifest != null && actorFingerprint != null;
  }

  /**
   * True when this index can be served for {@code corpus} as it is, judged from the file listing
   * (names, sizes, modification times against the recorded {@link CorpusStamps}) without reading
   * the corpus; false when anything differs or cannot be told (then an update reads the corpus).
   */
  public boolean corpusUnchanged(Path corpus) throws IOException {
    return updatable() && stamps != null && stamps.unchanged(corpus, manifest);
  }

  /** Whether an index exists in {@code indexDir}. */
  public static boolean exists(Path indexDir) throws IOException {
    return read(indexDir).exists();
  }

  /**
   * True when the index was built with the current schema version and thesaurus (the text field
   * holds the concept terms of the thesaurus groups, so an edited thesaurus needs a rebuild).
   */
  public boolean currentSchema() {
    return schemaVersion == SchemaVersion.CURRENT && currentThesaurus();
  }

  /** True when the index's concept terms come from the thesaurus this program uses. */
  public boolean currentThesaurus() {
    return SiegeAnalyzers.thesaurusFingerprint().equals(thesaurusFingerprint);
  }

  /**
   * Whether the index must be (re)built before serving {@code corpus}: it is missing, of another
   * schema version, older than the newest corpus file, or built from other corpus contents (a file
   * removed or replaced by an older copy).
   */
  public boolean needsRebuild(Path corpus) throws IOException {
    if (!exists || !currentSchema() || buildTime == null) return true;
    if (CorpusFiles.newestModification(corpus).isAfter(buildTime)) return true;
    return corpusFingerprint == null
        || !corpusFingerprint.equals(CorpusFiles.fingerprint(CorpusFiles.list(corpus)));
  }

  private static int parseInt(String s) {
    try {
      return s == null ? -1 : Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Instant parseInstant(String s) {
    try {
      return s == null ? null : Instant.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
