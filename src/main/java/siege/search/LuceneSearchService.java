package siege.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.model.EventRecord;
import siege.model.Kind;
import siege.schema.CommitData;
import siege.schema.DateCodec;
import siege.schema.FacetSchema;
import siege.schema.Fields;
import siege.schema.StoredJson;
import siege.search.spell.QueryCorrector;

/**
 * The {@link SearchService} over a Lucene index folder. Thread-safe: every call acquires the
 * current {@link IndexSnapshot} from a SearcherManager and releases it in {@code finally};
 * {@link #refresh()} picks up a rebuilt index. Every search runs under a time limit.
 */
public final class LuceneSearchService implements SearchService {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchService.class);
  /** Time allowed per search before it is abandoned with a "timeout" error. */
  public static final long DEFAULT_TIMEOUT_MILLIS = 2_000;
  /** Most suggestions one call returns; the longest prefix accepted. */
  public static final int MAX_SUGGESTIONS = 20;
  public static final int MAX_SUGGEST_PREFIX = 100;
  /** Most paragraphs or events a report view lists. */
  public static final int MAX_REPORT_ITEMS = 10_000;
  private static final int EXPORT_PAGE = 1_000;
  /** A query finding fewer hits than this gets a "did you mean" when a correction finds more. */
  public static final int DID_YOU_MEAN_BELOW = 3;
  private static final QueryCorrector CORRECTOR = new QueryCorrector();

  private final Directory directory;
  private final boolean ownsDirectory;
  private final SearcherManager manager;
  private final long timeoutMillis;
  /** {@link #indexVersion()} of the snapshot published last, for {@link #snapshotVersion()}. */
  private volatile String snapshotVersion;

  private LuceneSearchService(Directory directory, boolean ownsDirectory, long timeoutMillis) throws IOException {
    this.directory = directory;
    this.ownsDirectory = ownsDirectory;
    this.manager = new SearcherManager(directory, new IndexSnapshot.Factory());
    this.timeoutMillis = timeoutMillis;
    this.snapshotVersion = indexVersion();
    // after the new snapshot is in place, so a caller reading the new version searches the new snapshot
    manager.addListener(new ReferenceManager.RefreshListener() {
      @Override
      public void beforeRefresh() {}

      @Override
      public void afterRefresh(boolean didRefresh) {
        if (didRefresh) snapshotVersion = indexVersion();
      }
    });
  }

  /**
   * Opens the index in {@code indexDir}.
   *
   * @throws org.apache.lucene.index.IndexNotFoundException when there is no index there (check
   *     {@link siege.index.IndexStatus#exists} first)
   */
  public static LuceneSearchService open(Path indexDir) throws IOException {
    return open(indexDir, DEFAULT_TIMEOUT_MILLIS);
  }

  public static LuceneSearchService open(Path indexDir, long timeoutMillis) throws IOException {
    Directory dir = FSDirectory.open(indexDir);
    try {
      return new LuceneSearchService(dir, true, timeoutMillis);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Opens an index in a directory the caller keeps open and closes (tests use memory). */
  public static LuceneSearchService open(Directory directory, long timeoutMillis) throws IOException {
    return new LuceneSearchService(directory, false, timeoutMillis);
  }

  @Override
  public SearchResult search(SearchRequest request) throws InvalidQueryException {
    return search(request, SearchRequest.MAX_SIZE);
  }

  /**
   * A search allowing pages larger than the API's {@link SearchRequest#MAX_SIZE} (the CLI lists a
   * report's events with {@code --size 1000}); the result window still applies.
   */
  public SearchResult search(SearchRequest request, int maxSize) throws InvalidQueryException {
    long start = System.nanoTime();
    RequestValidator.validate(request, maxSize);
    IndexSnapshot snapshot = acquire();
    try {
      RequestQuery rq = RequestQuery.of(request, snapshot);
      IndexSearcher timed = timed(snapshot);
      int topN = request.page() * request.size();
      Sort sort = sort(request.sort());
      // every document of the kinds: total and facets from the snapshot's cache
      UnfilteredCounts.Counts unfiltered = isEveryDocumentOfTheKinds(request, rq)
          ? snapshot.unfiltered.get(request.kinds(), FacetCounts.DEFAULT_LIMIT) : null;
      // relevance: a wider window, whose order the proximity and exact-word extras refine
      int collect = sort == null ? ProximityRescorer.window(rq.user(), topN) : topN;
      TopDocs top;
      long total;
      Map<String, List<FacetValue>> facetValues;
      if (unfiltered != null && !rq.drillsDown()) {
        // the hits are only counted as far as the page needs: the total is known
        top = timed.search(rq.drillDown(), hitsManager(sort, collect, topN));
        total = unfiltered.total();
        facetValues = request.facets() ? unfiltered.facets() : FacetCounts.empty();
      } else if (snapshot.facetState == null || !request.facets()) {
        top = timed.search(rq.drillDown(), hitsManager(sort, collect, Integer.MAX_VALUE));
        total = top.totalHits.value;
        facetValues = FacetCounts.empty();
      } else {
        MultiSelectFacets.Result r = MultiSelectFacets.search(timed, hitsManager(sort, collect, topN),
            snapshot.facetState, rq, unfiltered, FacetCounts.DEFAULT_LIMIT);
        top = r.top();
        total = r.total();
        facetValues = r.facets();
      }
      if (timed.timedOut()) throw timeout();
      if (sort == null) top = ProximityRescorer.rescore(timed, top, rq.user());
      ScoreDoc[] page = page(top.scoreDocs, request);
      if (sort != null && !request.query().isBlank()) TopFieldCollector.populateScores(page, timed, rq.base());
      Query highlight = request.query().isBlank() ? null : HighlightQuery.on(Fields.TEXT, rq.user());
      List<SearchHit> hits = hits(snapshot, page, request.snippets(), highlight,
          sort == null || !request.query().isBlank());
      String didYouMean = total < DID_YOU_MEAN_BELOW ? correction(snapshot, timed, request, total) : null;
      long took = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(request.query(), total, request.page(), request.size(), took,
          hits, facetValues, didYouMean);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("bad_query", "the query is too complex once expanded: use fewer words or wildcards");
    } catch (org.apache.lucene.search.FuzzyTermsEnum.FuzzyTermsException
        | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
      throw new InvalidQueryException("bad_query", "a fuzzy or wildcard word is too complex to search: use a shorter word");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(snapshot);
    }
  }

  /** No query text, no date range: the base query is every document of the request's kinds. */
  private static boolean isEveryDocumentOfTheKinds(SearchRequest request, RequestQuery rq) {
    return rq.user() instanceof MatchAllDocsQuery && request.from() == null && request.to() == null;
  }

  /**
   * Top {@code topN} by score or {@code sort}, counting hits exactly up to {@code countUpTo} only
   * (beyond it, block-max WAND and sorted-index skipping may skip documents that cannot compete).
   */
  private static CollectorManager<?, ? extends TopDocs> hitsManager(Sort sort, int topN, int countUpTo) {
    return sort == null
        ? new TopScoreDocCollectorManager(topN, null, countUpTo)
        : new TopFieldCollectorManager(sort, topN, null, countUpTo);
  }

  /**
   * A corrected query that finds more than {@code total} hits with the same filters, or null. Only
   * proposed, never run in place of the user's query.
   */
  private static String correction(IndexSnapshot snapshot, IndexSearcher timed, SearchRequest request, long total)
      throws IOException {
    if (request.query().isBlank()) return null;
    return CORRECTOR.suggest(snapshot.getIndexReader(), request.query(), corrected -> {
      try {
        return timed.count(RequestQuery.of(withQuery(request, corrected), snapshot).drillDown()) > total;
      } catch (InvalidQueryException | IOException | RuntimeException e) {
        return false;
      }
    }).orElse(null);
  }

  private static SearchRequest withQuery(SearchRequest r, String query) {
    return new SearchRequest(query, r.kinds(), r.months(), r.actors(), r.eventTypes(), r.subEventTypes(), r.tags(),
        r.reports(), r.from(), r.to(), r.sort(), r.page(), r.size(), r.facets(), r.snippets());
  }

  @Override
  public void forEachEvent(SearchRequest request, Consumer<EventRecord> sink) throws InvalidQueryException {
    SearchRequest events = new SearchRequest(request.query(), java.util.Set.of(Kind.EVENT), request.months(),
        request.actors(), request.eventTypes(), request.subEventTypes(), request.tags(), request.reports(),
        request.from(), request.to(), request.sort(), 1, 1);
    RequestValidator.validate(events, SearchRequest.MAX_SIZE);
    IndexSnapshot snapshot = acquire();
    try {
      RequestQuery rq = RequestQuery.of(events, snapshot);
      Sort sort = sort(request.sort());
      if (sort == null) sort = new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC);
      StoredFields stored = snapshot.storedFields();
      FieldDoc after = null;
      while (true) {
        TopDocs top = snapshot.searchAfter(after, rq.drillDown(), EXPORT_PAGE, sort, false);
        for (ScoreDoc sd : top.scoreDocs) sink.accept(HitMapper.event(stored.document(sd.doc)));
        if (top.scoreDocs.length < EXPORT_PAGE) break;
        after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("bad_query", "the query is too complex once expanded: use fewer words or wildcards");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(snapshot);
    }
  }

  @Override
  public List<String> suggest(String prefix, int count) throws InvalidQueryException {
    String p = prefix == null ? "" : prefix.strip();
    if (p.length() > MAX_SUGGEST_PREFIX) {
      throw new InvalidQueryException("query_too_long", "the text to complete has " + p.length()
          + " characters: at most " + MAX_SUGGEST_PREFIX + " are allowed");
    }
    if (p.isEmpty() || count < 1) return List.of();
    IndexSnapshot snapshot = acquire();
    try {
      return snapshot.suggestions().lookup(p, Math.min(count, MAX_SUGGESTIONS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(snapshot);
    }
  }

  @Override
  public Optional<SearchHit> event(String id) {
    if (id == null || id.isBlank()) return Optional.empty();
    IndexSnapshot snapshot = acquire();
    try {
      TopDocs top = snapshot.search(byKindAnd(Kind.EVENT, Fields.ID, id), 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      Document doc = snapshot.storedFields().document(top.scoreDocs[0].doc);
      return Optional.of(HitMapper.hit(doc, Snippets.leading(doc.get(Fields.TEXT), Kind.EVENT.label()), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(snapshot);
    }
  }

  @Override
  public Optional<ReportView> report(String id) {
    if (id == null || id.isBlank()) return Optional.empty();
    IndexSnapshot snapshot = acquire();
    try {
      StoredFields stored = snapshot.storedFields();
      TopDocs reportTop = snapshot.search(byKindAnd(Kind.REPORT, Fields.ID, id), 1);
      Sort byOrdinal = new Sort(new SortField(Fields.ORDINAL, SortField.Type.LONG));
      List<SearchHit> paragraphs = new ArrayList<>();
      for (ScoreDoc sd : snapshot.search(byKindAnd(Kind.PARAGRAPH, Fields.REPORT, id), MAX_REPORT_ITEMS, byOrdinal).scoreDocs) {
        Document d = stored.document(sd.doc);
        paragraphs.add(HitMapper.hit(d, null, null));
      }
      List<SearchHit> events = new ArrayList<>();
      Sort byDate = new Sort(dateField(false), new SortField(Fields.ORDINAL, SortField.Type.LONG));
      String eventsTitle = null;
      for (ScoreDoc sd : snapshot.search(byKindAnd(Kind.EVENT, Fields.REPORT, id), MAX_REPORT_ITEMS, byDate).scoreDocs) {
        Document d = stored.document(sd.doc);
        events.add(HitMapper.hit(d, null, null));
        if (eventsTitle == null) eventsTitle = d.get(Fields.TITLE);
      }
      if (reportTop.scoreDocs.length == 0) {
        if (events.isEmpty()) return Optional.empty();
        // an event file: no report document, its events carry the file's title
        return Optional.of(new ReportView(id, eventsTitle, events.get(0).sourceFile(), Map.of(), List.of(), events));
      }
      Document report = stored.document(reportTop.scoreDocs[0].doc);
      return Optional.of(new ReportView(id, report.get(Fields.TITLE), report.get(Fields.SOURCE_FILE),
          StoredJson.decodeMap(report.get(Fields.INFOBOX)), paragraphs, events));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(snapshot);
    }
  }

  /** Facet values with counts over every event and paragraph (what an empty search counts). */
  @Override
  public Map<String, List<FacetValue>> facets() {
    IndexSnapshot snapshot = acquire();
    try {
      if (snapshot.facetState == null) return FacetCounts.empty();
      return snapshot.unfiltered.get(java.util.Set.of(Kind.EVENT, Kind.PARAGRAPH), 10_000).facets();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(snapshot);
    }
  }

  @Override
  public long documentCount() {
    IndexSnapshot snapshot = acquire();
    try {
      return snapshot.getIndexReader().numDocs();
    } finally {
      release(snapshot);
    }
  }

  /** "{commit generation}-{build time}", e.g. "3-2025-01-02T10:00:00Z". */
  @Override
  public String indexVersion() {
    IndexSnapshot snapshot = acquire();
    try {
      String built = snapshot.userData.getOrDefault(CommitData.BUILD_TIME, "unknown");
      return snapshot.generation + "-" + built;
    } finally {
      release(snapshot);
    }
  }

  /** The {@link #indexVersion()} of the snapshot published last, as a field read. */
  @Override
  public String snapshotVersion() {
    return snapshotVersion;
  }

  /** When the index being served was built, or null when it does not say. */
  public Instant buildTime() {
    IndexSnapshot snapshot = acquire();
    try {
      String built = snapshot.userData.get(CommitData.BUILD_TIME);
      return built == null ? null : Instant.parse(built);
    } finally {
      release(snapshot);
    }
  }

  @Override
  public void refresh() {
    try {
      if (manager.maybeRefresh()) LOG.info("index refreshed: now serving {}", indexVersion());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Computes the counts of the unfiltered search (what a search page shows before anything is
   * typed) and builds the first snapshot's suggester, so the first user after a start does not
   * wait for them. Snapshots opened by a refresh build their suggester before they are published
   * ({@link IndexSnapshot.Factory}); the first one leaves it to this call (or to the first
   * suggest), so a start answers its first search sooner.
   */
  public void warmUp() {
    IndexSnapshot snapshot = acquire();
    try {
      snapshot.suggestions();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(snapshot);
    }
    try {
      search(SearchRequest.of(""));
    } catch (InvalidQueryException e) {
      throw new IllegalStateException("the empty search is always valid", e);
    }
  }

  @Override
  public void close() throws IOException {
    manager.close();
    if (ownsDirectory) directory.close();
  }

  private IndexSnapshot acquire() {
    try {
      return (IndexSnapshot) manager.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(IndexSnapshot snapshot) {
    try {
      manager.release(snapshot);
    } catch (IOException e) {
      LOG.warn("could not release a searcher", e);
    }
  }

  /** A searcher over the same reader with this request's own deadline. */
  private IndexSearcher timed(IndexSnapshot snapshot) {
    IndexSearcher s = new IndexSearcher(snapshot.getIndexReader());
    s.setSimilarity(snapshot.getSimilarity());
    s.setTimeout(new QueryTimeoutImpl(timeoutMillis));
    return s;
  }

  private InvalidQueryException timeout() {
    return new InvalidQueryException("timeout", "the search took longer than " + timeoutMillis
        + " ms and was stopped: use more specific words or filters");
  }

  private static Sort sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> null;
      case DATE -> new Sort(dateField(false), new SortField(Fields.ORDINAL, SortField.Type.LONG), SortField.FIELD_DOC);
      case DATE_DESC -> new Sort(dateField(true), new SortField(Fields.ORDINAL, SortField.Type.LONG, true), SortField.FIELD_DOC);
    };
  }

  /** Date sort with undated documents last in either direction. */
  private static SortField dateField(boolean reverse) {
    SortField f = new SortField(Fields.DATE, SortField.Type.LONG, reverse);
    f.setMissingValue(reverse ? DateCodec.MISSING_DESCENDING : DateCodec.MISSING_ASCENDING);
    return f;
  }

  private static ScoreDoc[] page(ScoreDoc[] all, SearchRequest r) {
    int from = Math.min((r.page() - 1) * r.size(), all.length);
    int to = Math.min(from + r.size(), all.length);
    return Arrays.copyOfRange(all, from, to);
  }

  /**
   * The page's hits with their snippets: highlighted by {@code highlight}, or the start of the text
   * when it is null or highlights nothing; no snippet at all when {@code snippets} is false.
   */
  private static List<SearchHit> hits(IndexSnapshot snapshot, ScoreDoc[] page, boolean snippets, Query highlight,
      boolean withScores) throws IOException {
    StoredFields stored = snapshot.storedFields();
    Document[] docs = new Document[page.length];
    int[] ids = new int[page.length];
    String[] kinds = new String[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(page[i].doc);
      ids[i] = page[i].doc;
      kinds[i] = docs[i].get(Fields.KIND);
      if (Kind.REPORT.label().equals(kinds[i])) { // its text is not stored: rebuilt from its paragraphs
        docs[i].add(new StoredField(Fields.TEXT,
            ReportTexts.of(snapshot, docs[i].get(Fields.ID), docs[i].get(Fields.TITLE))));
      }
    }
    String[] highlighted = !snippets || highlight == null ? null : snapshot.snippets.highlight(highlight, ids, kinds);
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      String snippet = !snippets ? null : highlighted != null && highlighted[i] != null
          ? highlighted[i] : Snippets.leading(docs[i].get(Fields.TEXT), kinds[i]);
      Float score = withScores && !Float.isNaN(page[i].score) ? page[i].score : null;
      hits.add(HitMapper.hit(docs[i], snippet, score));
    }
    return hits;
  }

  private static Query byKindAnd(Kind kind, String field, String value) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, kind.label())), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
        .build();
  }
}
