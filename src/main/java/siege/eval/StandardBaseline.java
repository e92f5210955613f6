package siege.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import siege.model.EventRecord;
import siege.model.Kind;
import siege.model.Paragraph;
import siege.schema.Fields;
import siege.search.FacetValue;
import siege.search.InvalidQueryException;
import siege.search.ReportView;
import siege.search.SearchHit;
import siege.search.SearchRequest;
import siege.search.SearchResult;
import siege.search.SearchService;

/**
 * The plain-Lucene baseline the ranking is measured against: the same event and paragraph texts
 * as a built index, re-indexed in memory with Lucene's {@link StandardAnalyzer} in one field and
 * searched with the classic QueryParser (OR between words, no stemming, synonyms, aliases, field
 * boosts or corrections). Only {@link #search} is meaningful: it honours the query, the kinds and
 * the page; the other methods answer empty.
 */
public final class StandardBaseline implements SearchService {
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new StandardAnalyzer();

  private StandardBaseline(List<Document> docs) throws IOException {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      w.addDocuments(docs);
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  /** The baseline over the events and paragraphs of the index in {@code indexDir}. */
  public static StandardBaseline over(Path indexDir) throws IOException {
    List<Document> docs = new ArrayList<>();
    try (FSDirectory fs = FSDirectory.open(indexDir); DirectoryReader source = DirectoryReader.open(fs)) {
      StoredFields stored = source.storedFields();
      for (int i = 0; i < source.maxDoc(); i++) {
        Document d = stored.document(i);
        String kind = d.get(Fields.KIND);
        if (!Kind.EVENT.label().equals(kind) && !Kind.PARAGRAPH.label().equals(kind)) continue;
        docs.add(document(d.get(Fields.ID), kind, d.get(Fields.TEXT)));
      }
    }
    return new StandardBaseline(docs);
  }

  /** The baseline over the given paragraphs alone, in their order (no built index needed). */
  static StandardBaseline overParagraphs(List<Paragraph> paragraphs) throws IOException {
    List<Document> docs = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      docs.add(document(p.id(), Kind.PARAGRAPH.label(), p.text()));
    }
    return new StandardBaseline(docs);
  }

  private static Document document(String id, String kind, String text) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    doc.add(new StringField(Fields.KIND, kind, Field.Store.YES));
    doc.add(new TextField(Fields.TEXT, text == null ? "" : text, Field.Store.NO));
    return doc;
  }

  @Override
  public SearchResult search(SearchRequest request) throws InvalidQueryException {
    Query user;
    try {
      user = request.query().isBlank()
          ? new org.apache.lucene.search.MatchAllDocsQuery()
          : new QueryParser(Fields.TEXT, analyzer).parse(request.query());
    } catch (ParseException e) {
      throw new InvalidQueryException("bad_query", e.getMessage());
    }
    List<BytesRef> kinds = request.kinds().stream().map(k -> new BytesRef(k.label())).toList();
    Query q = new BooleanQuery.Builder()
        .add(user, BooleanClause.Occur.MUST)
        .add(new TermInSetQuery(Fields.KIND, kinds), BooleanClause.Occur.FILTER)
        .build();
    try {
      int topN = request.page() * request.size();
      TopDocs top = searcher.search(q, topN);
      StoredFields stored = searcher.storedFields();
      List<SearchHit> hits = new ArrayList<>();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = (request.page() - 1) * request.size(); i < docs.length; i++) {
        Document d = stored.document(docs[i].doc);
        hits.add(new SearchHit(d.get(Fields.ID), d.get(Fields.KIND), null, null, null, null, null, null, List.of(),
            null, null, List.of(), null, null, null, null, null, null, docs[i].score));
      }
      return new SearchResult(request.query(), top.totalHits.value, request.page(), request.size(), 0, hits,
          Map.of(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void forEachEvent(SearchRequest request, Consumer<EventRecord> sink) {}

  @Override
  public List<String> suggest(String prefix, int count) {
    return List.of();
  }

  @Override
  public Optional<SearchHit> event(String id) {
    return Optional.empty();
  }

  @Override
  public Optional<ReportView> report(String id) {
    return Optional.empty();
  }

  @Override
  public Map<String, List<FacetValue>> facets() {
    return Map.of();
  }

  @Override
  public long documentCount() {
    return reader.numDocs();
  }

  @Override
  public String indexVersion() {
    return "standard-baseline";
  }

  @Override
  public void refresh() {}

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
