package siege.search;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.analysis.SiegeAnalyzers;
import siege.schema.CommitData;
import siege.schema.FacetSchema;
import siege.schema.StoredJson;

/**
 * One point-in-time view of the index: the searcher plus everything derived from its reader once
 * (facet reader state, keyword values and aliases, query analyser and parsers, highlighters,
 * suggester, the counts of unfiltered requests), so no
 * request rebuilds them. Created by {@link Factory} whenever the SearcherManager opens a new
 * reader; the suggester is closed when the reader closes.
 */
final class IndexSnapshot extends IndexSearcher {
  private static final Logger LOG = LoggerFactory.getLogger(IndexSnapshot.class);

  /** BM25's term-frequency saturation: Lucene's default. */
  static final float BM25_K1 = 1.2f;
  /**
   * BM25's length normalisation, below Lucene's 0.75: the index mixes one-sentence events with
   * paragraphs of several sentences, and a paragraph naming the word as often as a sentence should
   * not lose merely for saying more (measured in docs/relevance.md).
   */
  static final float BM25_B = 0.4f;

  final SortedSetDocValuesReaderState facetState;
  final KeywordValues values;
  final Analyzer queryAnalyzer;
  final UserQueries queries;
  final Snippets snippets;
  /** Counts of the requests with no query text and no filters, cached for this snapshot only. */
  final UnfilteredCounts unfiltered;
  final Map<String, String> userData;
  final long generation;
  private volatile Suggestions suggestions;

  private IndexSnapshot(IndexReader reader) throws IOException {
    super(reader);
    setSimilarity(new BM25Similarity(BM25_K1, BM25_B));
    DirectoryReader dr = (DirectoryReader) reader;
    this.userData = Map.copyOf(dr.getIndexCommit().getUserData());
    this.generation = dr.getIndexCommit().getGeneration();
    Map<String, Set<String>> aliases = StoredJson.decodeAliases(userData.get(CommitData.ACTOR_ALIASES));
    this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, FacetSchema.config()) : null;
    this.values = KeywordValues.read(reader, aliases);
    this.queryAnalyzer = SiegeAnalyzers.queryAnalyzer(aliases);
    this.queries = new UserQueries(queryAnalyzer, SiegeAnalyzers.plainAnalyzer(), SiegeAnalyzers.concepts(),
        values, aliases, reader);
    this.snippets = new Snippets(this, SiegeAnalyzers.indexAnalyzer());
    this.unfiltered = new UnfilteredCounts(this, facetState);
  }

  /** The suggester, built when the snapshot is opened (see {@link Factory}). */
  Suggestions suggestions() throws IOException {
    Suggestions s = suggestions;
    if (s == null) {
      synchronized (this) {
        s = suggestions;
        if (s == null) {
          long start = System.nanoTime();
          s = Suggestions.build(this, facetState);
          suggestions = s;
          Suggestions built = s;
          getIndexReader().getReaderCacheHelper().addClosedListener(key -> built.close());
          LOG.debug("suggester built in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
      }
    }
    return s;
  }

  private static boolean hasFacets(IndexReader reader) {
    FieldInfo fi = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetSchema.config().getDimConfig(
        siege.schema.Fields.REPORT).indexFieldName);
    return fi != null && fi.getDocValuesType() == org.apache.lucene.index.DocValuesType.SORTED_SET;
  }

  /** Builds a snapshot for each reader the SearcherManager opens. */
  /**
   * Opens snapshots for the SearcherManager and warms them before they are published: the
   * suggester of a refreshed snapshot is built here, so no request after a refresh waits for it
   * (the first snapshot's is built by {@link LuceneSearchService#warmUp()}).
   */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      IndexSnapshot snapshot = new IndexSnapshot(reader);
      // a refresh: built before publishing; the first snapshot: by warmUp or the first suggest,
      // so opening the index (server start-up) does not wait for it
      if (previousReader != null) snapshot.suggestions();
      return snapshot;
    }
  }
}
