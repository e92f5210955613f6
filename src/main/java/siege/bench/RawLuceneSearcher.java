package siege.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Raw Lucene search over a {@link RawLuceneBaseline} index: the classic query parser (AND between
 * words) over a plain StandardAnalyzer, actor and month filters as drill-down clauses, top 10 by
 * BM25 with ids read from doc values, and (when enabled) month and actor counts from lucene-facet's
 * sorted-set doc values, using one reader-level facet state built at open. No snippets.
 * Thread-safe.
 */
public final class RawLuceneSearcher implements SearchTarget {
  private static final int TOP = 10;

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final FacetsConfig config = RawLuceneBaseline.facetsConfig();
  private final boolean facets;
  private final Analyzer analyzer = new StandardAnalyzer();
  private final ThreadLocal<QueryParser> parsers = ThreadLocal.withInitial(() -> {
    QueryParser parser = new QueryParser(RawLuceneBaseline.TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    return parser;
  });

  RawLuceneSearcher(Path indexDir, boolean facets) throws IOException {
    this.directory = FSDirectory.open(indexDir);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
    this.facets = facets;
  }

  public int documents() {
    return reader.numDocs();
  }

  Query query(BenchQuery q) throws Exception {
    Query base = q.text().isBlank() ? new MatchAllDocsQuery() : parsers.get().parse(q.text());
    if (q.actors().isEmpty() && q.months().isEmpty()) return base;
    DrillDownQuery drill = new DrillDownQuery(config, base);
    for (String a : q.actors()) drill.add(RawLuceneBaseline.ACTOR, a);
    for (String m : q.months()) drill.add(RawLuceneBaseline.MONTH, m);
    return drill;
  }

  @Override
  public long execute(BenchQuery q) throws Exception {
    Query query = query(q);
    TopDocs top;
    long sink = 0;
    if (facets) {
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(searcher, query, TOP, new FacetsCollectorManager());
      top = result.topDocs();
      Facets counts = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
      var months = counts.getAllChildren(RawLuceneBaseline.MONTH);
      var actors = counts.getTopChildren(TOP, RawLuceneBaseline.ACTOR);
      sink += (months == null ? 0 : months.childCount) + (actors == null ? 0 : actors.childCount);
    } else {
      top = searcher.search(query, TOP);
    }
    List<LeafReaderContext> leaves = reader.leaves();
    for (ScoreDoc sd : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      SortedDocValues ids = leaf.reader().getSortedDocValues(RawLuceneBaseline.ID);
      if (ids != null && ids.advanceExact(sd.doc - leaf.docBase)) sink += ids.lookupOrd(ids.ordValue()).length;
    }
    return top.totalHits.value + (sink < 0 ? 1 : 0);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
