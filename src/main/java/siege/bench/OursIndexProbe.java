package siege.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import siege.analysis.SiegeAnalyzers;
import siege.model.Kind;
import siege.schema.CommitData;
import siege.schema.FacetSchema;
import siege.schema.Fields;
import siege.schema.StoredJson;

/**
 * Plain Lucene calls on <em>our</em> index, in three steps, to take the search service's cost
 * apart: {@link Step#TOP10} (our query analyser with the thesaurus and aliases, kind filter,
 * month/actor drill-down, top 10 by BM25, their stored documents read), {@link Step#FACETS} (plus
 * counts of all six facet dimensions from one reader-level state, without DrillSideways) and
 * {@link Step#SNIPPETS} (top 10 plus UnifiedHighlighter snippets configured as the service's:
 * weight matches, whole sentence for events, two best sentences for paragraphs); and
 * {@link Step#FIVE_FIELDS}, top 10 with the query parsed over the service's five text fields and
 * boosts instead of {@code text} alone. The cost of facets
 * alone is FACETS minus TOP10, of snippets alone SNIPPETS minus TOP10. An approximation of the
 * service (which also adds a proximity clause and uses DrillSideways when filtering), built only
 * from the public schema and analysis classes. Thread-safe.
 */
public final class OursIndexProbe implements SearchTarget {
  /** How much of the work a search does. */
  public enum Step {
    TOP10("top 10"), FACETS("top 10 + facets"), SNIPPETS("top 10 + snippets"),
    FIVE_FIELDS("top 10, five fields");

    final String label;

    Step(String label) {
      this.label = label;
    }
  }

  private static final int TOP = 10;
  private static final int FACET_LIMIT = 50;
  private static final Query KINDS = new TermInSetQuery(Fields.KIND, List.of(new BytesRef(Kind.EVENT.label()), new BytesRef(Kind.PARAGRAPH.label())));

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final Analyzer queryAnalyzer;
  private final UnifiedHighlighter whole;
  private final UnifiedHighlighter sentences;
  private final Step step;

  public OursIndexProbe(Path indexDir, Step step) throws IOException {
    this.directory = FSDirectory.open(indexDir);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.state = new DefaultSortedSetDocValuesReaderState(reader, FacetSchema.config());
    Map<String, Set<String>> aliases =
        StoredJson.decodeAliases(reader.getIndexCommit().getUserData().get(CommitData.ACTOR_ALIASES));
    this.queryAnalyzer = SiegeAnalyzers.queryAnalyzer(aliases);
    Analyzer indexAnalyzer = SiegeAnalyzers.indexAnalyzer();
    this.whole = highlighter(indexAnalyzer).withBreakIterator(WholeBreakIterator::new).build();
    this.sentences = highlighter(indexAnalyzer)
        .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT)).build();
    this.step = step;
  }

  private UnifiedHighlighter.Builder highlighter(Analyzer analyzer) {
    return UnifiedHighlighter.builder(searcher, analyzer).withWeightMatches(true).withMaxLength(200_000)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true));
  }

  public String label() {
    return step.label;
  }

  /** The fields and boosts the service's query parser searches (siege.search.SiegeQueryParser). */
  private static final String[] FIVE = {Fields.TEXT, Fields.TEXT_EXACT, Fields.TITLE, Fields.SECTION, Fields.PLACE};
  private static final Map<String, Float> BOOSTS = Map.of(Fields.TEXT, 1.0f, Fields.TEXT_EXACT, 1.5f,
      Fields.TITLE, 2.0f, Fields.SECTION, 1.2f, Fields.PLACE, 1.0f);

  Query userQuery(BenchQuery q) throws Exception {
    if (q.text().isBlank()) return new MatchAllDocsQuery();
    QueryParser parser = step == Step.FIVE_FIELDS
        ? new MultiFieldQueryParser(FIVE, queryAnalyzer, BOOSTS) : new QueryParser(Fields.TEXT, queryAnalyzer);
    SiegeAnalyzers.configure(parser);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    return parser.parse(q.text());
  }

  @Override
  public long execute(BenchQuery q) throws Exception {
    Query user = userQuery(q);
    Query base = new BooleanQuery.Builder().add(user, BooleanClause.Occur.MUST).add(KINDS, BooleanClause.Occur.FILTER).build();
    DrillDownQuery query = new DrillDownQuery(FacetSchema.config(), base);
    for (String m : q.months()) query.add(Fields.MONTH, m);
    for (String a : q.actors()) query.add(Fields.ACTOR, a);
    TopDocs top;
    long sink = 0;
    if (step == Step.FACETS) {
      Object[] both = searcher.search(query, new MultiCollectorManager(
          new TopScoreDocCollectorManager(TOP, null, Integer.MAX_VALUE), new FacetsCollectorManager()));
      top = (TopDocs) both[0];
      Facets facets = new SortedSetDocValuesFacetCounts(state, (FacetsCollector) both[1]);
      for (String dim : FacetSchema.DIMS) {
        if (state.getOrdRange(dim) == null) continue;
        FacetResult r = Fields.MONTH.equals(dim) ? facets.getAllChildren(dim) : facets.getTopChildren(FACET_LIMIT, dim);
        if (r != null) sink += r.childCount;
      }
    } else {
      top = searcher.search(query, new TopScoreDocCollectorManager(TOP, null, Integer.MAX_VALUE));
    }
    StoredFields stored = searcher.storedFields();
    int[] events = new int[top.scoreDocs.length];
    int[] paragraphs = new int[top.scoreDocs.length];
    int e = 0;
    int p = 0;
    for (ScoreDoc sd : top.scoreDocs) {
      Document doc = stored.document(sd.doc);
      sink += doc.get(Fields.ID).length();
      if (Kind.EVENT.label().equals(doc.get(Fields.KIND))) events[e++] = sd.doc;
      else paragraphs[p++] = sd.doc;
    }
    if (step == Step.SNIPPETS && !q.text().isBlank()) {
      sink += snippets(whole, user, java.util.Arrays.copyOf(events, e), 1);
      sink += snippets(sentences, user, java.util.Arrays.copyOf(paragraphs, p), 2);
    }
    return top.totalHits.value + (sink < 0 ? 1 : 0);
  }

  private static long snippets(UnifiedHighlighter h, Query user, int[] docs, int passages) throws IOException {
    if (docs.length == 0) return 0;
    String[] s = h.highlightFields(new String[] {Fields.TEXT}, user, docs, new int[] {passages}).get(Fields.TEXT);
    long n = 0;
    for (String x : s) n += x == null ? 0 : x.length();
    return n;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
