package siege.schema;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;

/**
 * Lucene field types of the analysed fields. None keeps offsets in its postings: the
 * UnifiedHighlighter re-analyses the stored text of the page's hits instead (short sentences and
 * paragraphs), which keeps the index a fifth smaller.
 */
public final class FieldTypes {
  /** Analysed with positions (phrases), not stored. */
  public static final FieldType TEXT_NOT_STORED = TextField.TYPE_NOT_STORED;

  /** Analysed with positions, stored. */
  public static final FieldType TEXT_STORED = TextField.TYPE_STORED;

  private FieldTypes() {}
}
