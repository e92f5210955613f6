package siege.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import siege.analysis.SiegeAnalyzers;
import siege.corpus.ReportParser;
import siege.model.EventRecord;
import siege.model.Paragraph;
import siege.schema.Fields;
import siege.search.FacetValue;
import siege.search.InvalidQueryException;
import siege.search.ReportView;
import siege.search.SearchHit;
import siege.search.SearchRequest;
import siege.search.SearchResult;
import siege.search.SearchService;
import siege.search.spell.QueryCorrector;

/**
 * Test fixture: a minimal SearchService over the corpus paragraphs, so the eval code and the
 * analysers can be measured before the real service exists: the Siege analysers (stemmed TEXT plus
 * unstemmed TEXT_EXACT, synonyms and aliases at query time, did you mean). Its baseline is the
 * main {@link StandardBaseline} over the same paragraphs.
 */
final class ParagraphSearchService implements SearchService {
  /** Stands in for ActorDirectory.aliases() until the extraction work is merged. */
  static final Map<String, Set<String>> ACTOR_ALIASES = Map.of(
      "Jama'at Nasr al-Islam wal Muslimin", Set.of("JNIM"),
      "Mali", Set.of("FAMA", "Malian army", "Malian military", "Malian Armed Forces", "Malian troops"),
      "Islamic State in the Greater Sahara", Set.of("ISGS", "Islamic State in the Sahel"),
      "Wagner Group", Set.of("Wagner"),
      "Volunteers for the Defense of the Homeland", Set.of("VDP"),
      "Movement for the Salvation of Azawad", Set.of("MSA"),
      "Imghad Tuareg Self-Defense Group and Allies", Set.of("GATIA"));

  private final float exactBoost;
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final Analyzer queryAnalyzer;
  private final QueryCorrector corrector = new QueryCorrector();

  private ParagraphSearchService(float exactBoost) {
    this.exactBoost = exactBoost;
    this.queryAnalyzer = SiegeAnalyzers.queryAnalyzer(ACTOR_ALIASES);
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SiegeAnalyzers.indexAnalyzer()))) {
      for (Paragraph p : corpusParagraphs()) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
        d.add(new TextField(Fields.TEXT, p.text(), Field.Store.NO));
        d.add(new TextField(Fields.TEXT_EXACT, p.text(), Field.Store.NO));
        w.addDocument(d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      reader = DirectoryReader.open(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Siege analysers: TEXT plus TEXT_EXACT boosted by {@code exactBoost}. */
  static ParagraphSearchService siege(float exactBoost) {
    return new ParagraphSearchService(exactBoost);
  }

  /** Plain StandardAnalyzer on one field, no synonyms, no corrections: {@link StandardBaseline}. */
  static SearchService standardBaseline() {
    try {
      return StandardBaseline.overParagraphs(corpusParagraphs());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paragraphs of the shipped corpus, file by file in name order. */
  private static List<Paragraph> corpusParagraphs() {
    List<Paragraph> paragraphs = new ArrayList<>();
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        paragraphs.addAll(ReportParser.parse(name.replace(".txt", ""), name, Files.readString(f)).paragraphs());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return paragraphs;
  }

  @Override
  public SearchResult search(SearchRequest request) throws InvalidQueryException {
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query q = parse(request.query());
      TopDocs top = searcher.search(q, request.size());
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        String id = searcher.storedFields().document(sd.doc).get(Fields.ID);
        hits.add(new SearchHit(id, "paragraph", id.substring(0, id.indexOf('#')), null, null, null, null, null,
            List.of(), null, null, List.of(), null, null, null, null, null, null, sd.score));
      }
      String didYouMean = null;
      if (top.totalHits.value == 0) {
        didYouMean = corrector.suggest(reader, request.query()).orElse(null);
      }
      return new SearchResult(request.query(), top.totalHits.value, 1, request.size(), 0, hits, Map.of(), didYouMean);
    } catch (ParseException e) {
      throw new InvalidQueryException("bad_query", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query parse(String text) throws ParseException {
    if (text.isBlank()) return new MatchAllDocsQuery();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(SiegeAnalyzers.newQueryParser(Fields.TEXT, queryAnalyzer).parse(text), BooleanClause.Occur.SHOULD);
    if (exactBoost > 0) {
      Query exact = SiegeAnalyzers.newQueryParser(Fields.TEXT_EXACT, queryAnalyzer).parse(text);
      b.add(new BoostQuery(exact, exactBoost), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  @Override
  public void forEachEvent(SearchRequest request, Consumer<EventRecord> sink) {
    throw new UnsupportedOperationException("paragraph fixture");
  }

  @Override
  public List<String> suggest(String prefix, int count) {
    throw new UnsupportedOperationException("paragraph fixture");
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
    return Long.toString(reader.getVersion());
  }

  @Override
  public void refresh() {}

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
