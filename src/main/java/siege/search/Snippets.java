package siege.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import siege.model.Kind;
import siege.schema.Fields;

/**
 * Highlighted snippets of the text field, from Lucene's UnifiedHighlighter over the offsets stored
 * in the postings. Weight matches mark what really matched (a phrase as one {@code <mark>}); all
 * text is HTML-escaped and {@code <mark>} is the only markup. Events show their whole sentence,
 * paragraphs and reports their best sentences. Thread-safe; built once per index snapshot.
 */
final class Snippets {
  static final int PARAGRAPH_PASSAGES = 2;
  static final int REPORT_PASSAGES = 3;
  static final int LEADING_CHARS = 300;
  private static final int MAX_HIGHLIGHT_CHARS = 200_000;

  private final UnifiedHighlighter whole;
  private final UnifiedHighlighter sentences;

  Snippets(IndexSearcher searcher, Analyzer indexAnalyzer) {
    this.whole = builder(searcher, indexAnalyzer).withBreakIterator(WholeBreakIterator::new).build();
    this.sentences = builder(searcher, indexAnalyzer)
        .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
        .build();
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
    int events = 0;
    for (String k : kinds) if (Kind.EVENT.label().equals(k)) events++;
    int[] eventDocs = new int[events];
    int[] otherDocs = new int[docs.length - events];
    int[] otherPassages = new int[docs.length - events];
    int e = 0;
    int o = 0;
    for (int i = 0; i < docs.length; i++) {
      if (Kind.EVENT.label().equals(kinds[i])) {
        eventDocs[e++] = docs[i];
      } else {
        otherPassages[o] = Kind.REPORT.label().equals(kinds[i]) ? REPORT_PASSAGES : PARAGRAPH_PASSAGES;
        otherDocs[o++] = docs[i];
      }
    }
    String[] fields = {Fields.TEXT};
    String[] ev = eventDocs.length == 0 ? new String[0]
        : whole.highlightFields(fields, query, eventDocs, new int[] {1}).get(Fields.TEXT);
    String[] ot = otherDocs.length == 0 ? new String[0]
        : sentences.highlightFields(fields, query, otherDocs, otherPassages).get(Fields.TEXT);
    e = 0;
    o = 0;
    for (int i = 0; i < docs.length; i++) {
      out[i] = Kind.EVENT.label().equals(kinds[i]) ? ev[e++] : ot[o++];
    }
    return out;
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
