package siege.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Whether an index folder can be served: the latest commit opens and every file of it matches the
 * checksum Lucene's codec wrote in its footer ({@code LeafReader.checkIntegrity}, which reads each
 * file once: a few seconds for a gigabyte). A truncated file, overwritten bytes, a missing segment
 * file or an unreadable commit all count as corrupt.
 *
 * @param state what was found
 * @param problem what is wrong, for a corrupt index ("" otherwise)
 */
public record IndexHealth(State state, String problem) {

  public enum State { MISSING, CORRUPT, HEALTHY }

  public boolean healthy() {
    return state == State.HEALTHY;
  }

  public static IndexHealth check(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) return new IndexHealth(State.MISSING, "");
    try (Directory dir = FSDirectory.open(indexDir)) {
      return check(dir);
    }
  }

  public static IndexHealth check(Directory dir) throws IOException {
    try {
      if (!DirectoryReader.indexExists(dir)) return new IndexHealth(State.MISSING, "");
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) leaf.reader().checkIntegrity();
      }
      return new IndexHealth(State.HEALTHY, "");
    } catch (IndexNotFoundException e) {
      return new IndexHealth(State.MISSING, "");
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
        | NoSuchFileException | FileNotFoundException e) {
      return new IndexHealth(State.CORRUPT, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Deletes the Lucene files of a corrupt index (segments, segment files, the write lock), leaving
   * anything else in the folder (a README) alone, so an index can be built there from scratch.
   */
  static void deleteIndexFiles(Path indexDir) throws IOException {
    try (Stream<Path> files = Files.list(indexDir)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (Files.isRegularFile(f) && (n.startsWith("segments") || n.startsWith("pending_segments")
            || n.startsWith("_") || n.equals("write.lock"))) {
          Files.delete(f);
        }
      }
    }
  }
}
