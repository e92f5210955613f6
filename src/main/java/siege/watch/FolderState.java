package siege.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import siege.index.CorpusFiles;

/**
 * The corpus files of a folder with their sizes and modification times: two equal states taken a
 * quiet period apart mean nothing is being written. Hidden and temporary files are not corpus
 * files ({@link CorpusFiles#list}), so an editor's {@code .foo.txt.swp} or a copy's
 * {@code foo.txt.part} never count.
 *
 * @param files file name -> "size/modified-nanos"
 */
record FolderState(Map<String, String> files) {
  static final FolderState EMPTY = new FolderState(Map.of());

  static FolderState read(Path folder) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (Path f : CorpusFiles.list(folder)) {
      try {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        out.put(f.getFileName().toString(), a.size() + "/" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
      } catch (NoSuchFileException e) {
        // removed between the listing and the stat: absent
      }
    }
    return new FolderState(Map.copyOf(out));
  }
}
