package siege.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import siege.model.Kind;
import siege.schema.Fields;

/**
 * Highlighted snippets of the text field, from Lucene's UnifiedHighlighter, which re-analyses the
 * stored text of the page's hits with the index analyser (the postings keep no offsets); a report's
 * text, not stored, is rebuilt from its paragraphs ({@link ReportTexts}). Weight matches mark what
 * really matched (a phrase as one {@code <mark>}); all text is HTML-escaped and {@code <mark>} is
 * the only markup. Events show their whole sentence, paragraphs and reports their best sentences.
 * Thread-safe; built once per index snapshot.
 */
final class Snippets {
  static final int PARAGRAPH_PASSAGES = 2;
  static final int REPORT_PASSAGES = 3;
  static final int LEADING_CHARS = 300;
  private static final int MAX_HIGHLIGHT_CHARS = 200_000;

  private final UnifiedHighlighter whole;
  private final UnifiedHighlighter sentences;

  Snippets(IndexSearcher searcher, Analyzer indexAnalyzer) {
    this.whole = new TextHighlighter(builder(searcher, indexAnalyzer).withBreakIterator(WholeBreakIterator::new));
    this.sentences = new TextHighlighter(builder(searcher, indexAnalyzer)
        .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT)));
  }

  /**
   * A UnifiedHighlighter that reads the stored text and, for a report document (which does not
   * store its whole text), rebuilds it from the report's paragraphs ({@link ReportTexts}).
   */
  private static final class TextHighlighter extends UnifiedHighlighter {
    TextHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      Set<String> wanted = Set.of(fields);
      long chars = 0;
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        Document d = stored.document(doc, wanted);
        CharSequence[] values = new CharSequence[fields.length];
        for (int i = 0; i < fields.length; i++) {
          String text = d.get(fields[i]);
          if (text == null && Fields.TEXT.equals(fields[i])) text = ReportTexts.ofDocument(searcher, doc);
          if (text == null) continue;
          values[i] = text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
          chars += values[i].length();
        }
        out.add(values);
        if (cacheCharsThreshold == 0 || chars > cacheCharsThreshold) break;
      }
      return out;
    }
  }

  private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withWeightMatches(true)
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true));
  }

  /**
   * Snippets for the given documents (the returned page only).
   *
   * @param kinds the kind label of each document
   * @return one snippet per document (null where the document has no text)
   */
  String[] highlight(Query query, int[] docs, String[] kinds) throws IOException {
    String[] out = new String[docs.length];
    highlightKind(query, docs, kinds, Kind.EVENT, whole, 1, out);
    highlightKind(query, docs, kinds, Kind.PARAGRAPH, sentences, PARAGRAPH_PASSAGES, out);
    highlightKind(query, docs, kinds, Kind.REPORT, sentences, REPORT_PASSAGES, out);
    return out;
  }

  private static void highlightKind(Query query, int[] docs, String[] kinds, Kind kind,
      UnifiedHighlighter highlighter, int passages, String[] out) throws IOException {
    int n = 0;
    for (String k : kinds) if (kind.label().equals(k)) n++;
    if (n == 0) return;
    int[] ids = new int[n];
    int[] positions = new int[n];
    for (int i = 0, j = 0; i < docs.length; i++) {
      if (kind.label().equals(kinds[i])) {
        ids[j] = docs[i];
        positions[j++] = i;
      }
    }
    String[] snippets =
        highlighter.highlightFields(new String[] {Fields.TEXT}, query, ids, new int[] {passages}).get(Fields.TEXT);
    for (int j = 0; j < n; j++) out[positions[j]] = snippets[j];
  }

  /** The snippet when there is no query: the escaped start of the text (an event's whole sentence). */
  static String leading(String text, String kind) {
    if (text == null) return null;
    if (Kind.EVENT.label().equals(kind) || text.length() <= LEADING_CHARS) return Html.escape(text);
    int cut = text.lastIndexOf(' ', LEADING_CHARS);
    if (cut < LEADING_CHARS / 2) cut = LEADING_CHARS;
    return Html.escape(text.substring(0, cut)) + "…";
  }
}
