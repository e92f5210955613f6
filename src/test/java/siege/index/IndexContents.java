package siege.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import siege.schema.Fields;

/** Every live document of an index as id -> its stored fields in words, to compare two indexes. */
final class IndexContents {
  private IndexContents() {}

  static Map<String, String> of(Path indexDir) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      Map<String, String> out = new TreeMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          Document doc = stored.document(d);
          List<String> fields = new ArrayList<>();
          for (IndexableField f : doc.getFields()) {
            fields.add(f.name() + "=" + (f.numericValue() != null ? f.numericValue() : f.stringValue()));
          }
          fields.sort(null);
          String previous = out.put(doc.get(Fields.ID), String.join("|", fields));
          if (previous != null) throw new AssertionError("two documents with id " + doc.get(Fields.ID));
        }
      }
      return out;
    }
  }
}
