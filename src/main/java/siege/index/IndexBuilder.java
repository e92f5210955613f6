package siege.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.analysis.SiegeAnalyzers;
import siege.schema.CommitData;
import siege.schema.SchemaVersion;

/**
 * Replaces an index atomically: one IndexWriter in CREATE mode over the existing directory, every
 * document added, one commit at the end. Until that commit, readers see the previous commit; if
 * anything fails the writer is rolled back and the previous commit stays in place. Readers already
 * open on the old commit keep working after the swap (their files stay readable on POSIX).
 */
public final class IndexBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);

  /** What to put in the new index. */
  @FunctionalInterface
  public interface Contents {
    void writeTo(DocumentSink sink) throws IOException;
  }

  private IndexBuilder() {}

  /**
   * Builds a new index in {@code indexDir} from {@code contents}, replacing the old one only if
   * the whole build succeeds.
   *
   * @param userData extra commit user data (fingerprint, aliases); schema version and build time
   *     are added here
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
    IndexWriterConfig config =
        new IndexWriterConfig(SiegeAnalyzers.indexAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(64)
            .setCommitOnClose(false);
    IndexWriter writer = new IndexWriter(dir, config);
    boolean committed = false;
    try {
      DocumentSink sink = new DocumentSink(writer);
      contents.writeTo(sink);
      Map<String, String> data = new LinkedHashMap<>(userData);
      data.put(CommitData.SCHEMA_VERSION, Integer.toString(SchemaVersion.CURRENT));
      data.put(CommitData.BUILD_TIME, Instant.now().toString());
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      committed = true;
      LOG.info("index committed: {} documents", sink.documents());
      return sink.documents();
    } finally {
      if (committed) {
        writer.close();
      } else {
        LOG.warn("index build failed: rolling back, the previous index stays in place");
        writer.rollback();
      }
    }
  }
}
