package siege.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.analysis.SiegeAnalyzers;
import siege.schema.CommitData;
import siege.schema.IndexCodec;
import siege.schema.SchemaVersion;

/**
 * Writes an index in one commit. {@link #rebuild} replaces it (an IndexWriter in CREATE mode over
 * the existing directory); {@link #update} changes it in place (APPEND mode: deletes and adds).
 * Either way every change goes into one commit at the end: until then readers see the previous
 * commit; if anything fails (an exception, a full disk, a killed process) the writer is rolled
 * back or never commits, and the previous commit stays in place. Lucene writes a commit as
 * {@code pending_segments_N} and renames it, so a commit is either whole or absent. Readers
 * already open on the old commit keep working after the swap (their files stay readable on POSIX).
 */
public final class IndexBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);

  /** What to write into the index. */
  @FunctionalInterface
  public interface Contents {
    void writeTo(DocumentSink sink) throws IOException;
  }

  private IndexBuilder() {}

  /**
   * Builds a new index in {@code indexDir} from {@code contents}, replacing the old one only if
   * the whole build succeeds.
   *
   * @param userData extra commit user data (fingerprint, aliases), read once {@code contents} are
   *     written (so they may fill it in); schema version and build time are added here
   * @return the number of documents written
   */
  public static long rebuild(Path indexDir, Map<String, String> userData, Contents contents)
      throws IOException {
    java.nio.file.Files.createDirectories(indexDir);
    try (Directory dir = FSDirectory.open(indexDir)) {
      return rebuild(dir, userData, contents);
    }
  }

  /** As {@link #rebuild(Path, Map, Contents)} over an open directory (tests use memory). */
  public static long rebuild(Directory dir, Map<String, String> userData, Contents contents)
      throws IOException {
    return write(dir, OpenMode.CREATE, userData, contents);
  }

  /**
   * Applies {@code contents}' deletes and adds to the existing index in {@code dir} in one commit
   * with {@code userData}. Nothing is committed when {@code contents} changed nothing.
   *
   * @return the number of documents added, -1 when nothing changed and nothing was committed
   */
  public static long update(Directory dir, Map<String, String> userData, Contents contents)
      throws IOException {
    return write(dir, OpenMode.APPEND, userData, contents);
  }

  /** {@link #rebuild(Directory, Map, Contents)} or {@link #update(Directory, Map, Contents)}. */
  static long rebuildOrUpdate(Directory dir, boolean rebuild, Map<String, String> userData, Contents contents)
      throws IOException {
    return write(dir, rebuild ? OpenMode.CREATE : OpenMode.APPEND, userData, contents);
  }

  private static long write(Directory dir, OpenMode mode, Map<String, String> userData, Contents contents)
      throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(SiegeAnalyzers.indexAnalyzer())
            .setOpenMode(mode)
            .setCodec(new IndexCodec())
            .setRAMBufferSizeMB(64)
            .setCommitOnClose(false);
    IndexWriter writer = new IndexWriter(dir, config);
    boolean committed = false;
    boolean unchanged = false;
    try {
      DocumentSink sink = new DocumentSink(writer);
      contents.writeTo(sink);
      if (mode == OpenMode.APPEND && !sink.changed()) {
        LOG.debug("nothing changed: no commit");
        unchanged = true;
        return -1;
      }
      Map<String, String> data = new LinkedHashMap<>(userData);
      data.put(CommitData.SCHEMA_VERSION, Integer.toString(SchemaVersion.CURRENT));
      data.put(CommitData.THESAURUS_FINGERPRINT, SiegeAnalyzers.thesaurusFingerprint());
      data.put(CommitData.BUILD_TIME, Instant.now().toString());
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      committed = true;
      LOG.info("index committed ({}): {} documents added", mode == OpenMode.CREATE ? "rebuilt" : "updated",
          sink.documents());
      return sink.documents();
    } finally {
      if (committed) {
        writer.close();
      } else {
        if (!unchanged) LOG.warn("index {} failed: rolled back, the previous index stays in place",
            mode == OpenMode.CREATE ? "build" : "update");
        rollbackQuietly(writer);
      }
    }
  }

  /** Rolls back without hiding the exception that caused it. */
  private static void rollbackQuietly(IndexWriter writer) {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      LOG.warn("rolling back the index writer failed too: {}", e.toString());
    }
  }
}
