package siege.schema;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** Lucene field types of the analysed fields. */
public final class FieldTypes {
  /** Analysed, stored, with offsets in the postings so the UnifiedHighlighter needs no re-analysis. */
  public static final FieldType TEXT_STORED_WITH_OFFSETS = textWithOffsets();

  /** Analysed with positions (phrases), not stored. */
  public static final FieldType TEXT_NOT_STORED = TextField.TYPE_NOT_STORED;

  /** Analysed with positions, stored. */
  public static final FieldType TEXT_STORED = TextField.TYPE_STORED;

  private FieldTypes() {}

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
