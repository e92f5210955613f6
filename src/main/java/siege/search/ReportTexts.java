package siege.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import siege.model.Kind;
import siege.schema.Fields;

/**
 * A report's whole text, rebuilt from its paragraph documents: the report document indexes it but
 * does not store it. The same text as {@link siege.model.Report#fullText()}: the title, then each
 * paragraph in order, separated by blank lines.
 */
final class ReportTexts {
  private static final Sort BY_ORDINAL = new Sort(new SortField(Fields.ORDINAL, SortField.Type.LONG));
  private static final Set<String> TEXT_ONLY = Set.of(Fields.TEXT);

  private ReportTexts() {}

  static String of(IndexSearcher searcher, String reportId, String title) throws IOException {
    Query paragraphs = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, Kind.PARAGRAPH.label())), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.REPORT, reportId)), BooleanClause.Occur.FILTER)
        .build();
    StringBuilder text = new StringBuilder(title == null ? "" : title);
    int n = searcher.count(paragraphs);
    if (n == 0) return text.toString();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(paragraphs, n, BY_ORDINAL).scoreDocs) {
      String p = stored.document(sd.doc, TEXT_ONLY).get(Fields.TEXT);
      text.append("\n\n").append(p == null ? "" : p);
    }
    return text.toString();
  }

  /** The text of the report document {@code doc}; null when {@code doc} is not a report document. */
  static String ofDocument(IndexSearcher searcher, int doc) throws IOException {
    var report = searcher.storedFields().document(doc, Set.of(Fields.ID, Fields.TITLE, Fields.KIND));
    if (!Kind.REPORT.label().equals(report.get(Fields.KIND))) return null;
    return of(searcher, report.get(Fields.ID), report.get(Fields.TITLE));
  }
}
