package siege.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import siege.model.Kind;
import siege.schema.Fields;

/**
 * Search-box completions from lucene-suggest: an {@link AnalyzingInfixSuggester} (in memory)
 * over actor names, event types, sub-event types, tags, report titles and the most frequent words
 * of the text, weighted by how many documents carry them. Any word of an entry can be completed
 * ("gro" suggests "Wagner Group"). Built once per index snapshot.
 */
final class Suggestions implements Closeable {
  static final int MAX_TERMS = 5_000;
  private static final Set<String> NAMED_DIMS =
      Set.of(Fields.ACTOR, Fields.EVENT_TYPE, Fields.SUB_EVENT_TYPE, Fields.TAG);

  private final AnalyzingInfixSuggester suggester;
  private final boolean empty;

  private Suggestions(AnalyzingInfixSuggester suggester, boolean empty) {
    this.suggester = suggester;
    this.empty = empty;
  }

  static Suggestions build(IndexSearcher searcher, SortedSetDocValuesReaderState facets) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (facets != null) addFacetValues(facets, entries);
    addReportTitles(searcher, entries);
    addFrequentTerms(searcher.getIndexReader(), entries);
    AnalyzingInfixSuggester s = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), new StandardAnalyzer());
    s.build(new EntryIterator(new ArrayList<>(entries.values())));
    return new Suggestions(s, entries.isEmpty());
  }

  List<String> lookup(String prefix, int count) throws IOException {
    if (empty || prefix.isBlank()) return List.of();
    Set<String> out = new LinkedHashSet<>();
    for (Lookup.LookupResult r : suggester.lookup(prefix, count * 2, true, false)) {
      out.add(r.key.toString());
      if (out.size() == count) break;
    }
    return List.copyOf(out);
  }

  @Override
  public void close() throws IOException {
    suggester.close();
  }

  private static void addFacetValues(SortedSetDocValuesReaderState state, Map<String, Entry> entries)
      throws IOException {
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state);
    for (String dim : NAMED_DIMS) {
      if (state.getOrdRange(dim) == null) continue;
      FacetResult r = counts.getAllChildren(dim);
      if (r == null) continue;
      for (LabelAndValue lv : r.labelValues) add(entries, lv.label, 2L * lv.value.longValue() + 1);
    }
  }

  private static void addReportTitles(IndexSearcher searcher, Map<String, Entry> entries) throws IOException {
    var top = searcher.search(new TermQuery(new Term(Fields.KIND, Kind.REPORT.label())), 10_000);
    var stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      String title = stored.document(sd.doc, Set.of(Fields.TITLE)).get(Fields.TITLE);
      if (title != null) add(entries, title, 1_000);
    }
  }

  private static void addFrequentTerms(IndexReader reader, Map<String, Entry> entries) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Fields.TEXT_EXACT);
    if (terms == null) return;
    PriorityQueue<Entry> top = new PriorityQueue<>(Comparator.comparingLong(Entry::weight));
    TermsEnum te = terms.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String word = t.utf8ToString();
      if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)
          || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
        continue;
      }
      top.add(new Entry(word, te.docFreq()));
      if (top.size() > MAX_TERMS) top.poll();
    }
    for (Entry e : top) add(entries, e.text, e.weight);
  }

  private static void add(Map<String, Entry> entries, String text, long weight) {
    String key = text.toLowerCase(Locale.ROOT);
    Entry old = entries.get(key);
    if (old == null) entries.put(key, new Entry(text, weight));
    else if (old.weight < weight) entries.put(key, new Entry(old.text, weight));
  }

  private record Entry(String text, long weight) {}

  private static final class EntryIterator implements InputIterator {
    private final List<Entry> entries;
    private int i = -1;

    EntryIterator(List<Entry> entries) {
      this.entries = entries;
    }

    @Override
    public BytesRef next() {
      return ++i < entries.size() ? new BytesRef(entries.get(i).text) : null;
    }

    @Override
    public long weight() {
      return entries.get(i).weight;
    }

    @Override
    public BytesRef payload() {
      return null;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
