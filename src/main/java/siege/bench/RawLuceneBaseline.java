package siege.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.corpus.CorpusException;
import siege.corpus.ReportParser;
import siege.corpus.TextFiles;
import siege.model.Paragraph;
import siege.model.Report;

/**
 * The raw-Lucene side of the comparison: indexes the same corpus files with a plain
 * {@link StandardAnalyzer}, one document per report paragraph and per CSV row, no extraction.
 * Each document has the text (indexed, not stored, no offsets), an id in doc values, and the two
 * facets the search mix needs as sorted-set doc values: month (a CSV row's event month; for a
 * paragraph, the month of its report's infobox date, since nothing is extracted) and actor (a CSV
 * row's actor columns; for a paragraph, its report's infobox combatants).
 */
public final class RawLuceneBaseline implements CorpusIndexer {
  private static final Logger LOG = LoggerFactory.getLogger(RawLuceneBaseline.class);

  static final String TEXT = "text";
  static final String ID = "id";
  static final String MONTH = "month";
  static final String ACTOR = "actor";
  private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
  private static final Pattern MONTH_PREFIX = Pattern.compile("^\\d{4}-\\d{2}");
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private final int threads;

  /** @param threads indexing threads (files are indexed concurrently into one writer) */
  public RawLuceneBaseline(int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    this.threads = threads;
  }

  /** The facet configuration shared by indexing and search. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(ACTOR, true);
    return config;
  }

  @Override
  public long index(Path corpusDir, Path indexDir) throws IOException {
    List<Path> files;
    try (var list = Files.list(corpusDir)) {
      files = list.filter(RawLuceneBaseline::isCorpusFile).sorted().toList();
    }
    FacetsConfig config = facetsConfig();
    IndexWriterConfig iwc = new IndexWriterConfig(new StandardAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64);
    AtomicLong documents = new AtomicLong();
    AtomicLong skipped = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, iwc)) {
      List<Future<?>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> {
          try {
            documents.addAndGet(indexFile(file, writer, config));
          } catch (CorpusException e) {
            skipped.incrementAndGet();
            LOG.warn("{}", e.getMessage());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("indexing interrupted", e);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
          throw new IOException("indexing failed: " + e.getCause(), e.getCause());
        }
      }
      writer.commit();
    } finally {
      pool.shutdownNow();
    }
    LOG.info("raw baseline indexed {} documents from {} files ({} skipped)", documents.get(), files.size(), skipped.get());
    return documents.get();
  }

  static boolean isCorpusFile(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p) && (name.endsWith(".txt") || name.endsWith(".csv"));
  }

  private static long indexFile(Path file, IndexWriter writer, FacetsConfig config) throws IOException, CorpusException {
    String name = file.getFileName().toString();
    String id = name.substring(0, name.lastIndexOf('.'));
    String text = TextFiles.read(file);
    return name.endsWith(".csv") ? indexCsv(id, text, writer, config) : indexReport(id, name, text, writer, config);
  }

  private static long indexReport(String id, String name, String text, IndexWriter writer, FacetsConfig config)
      throws IOException, CorpusException {
    Report report = ReportParser.parse(id, name, text);
    String date = report.info("Date");
    String month = date != null && MONTH_PREFIX.matcher(date).find() ? date.substring(0, 7) : null;
    Set<String> actors = new LinkedHashSet<>();
    for (String key : List.of("Combatant1", "Combatant2")) {
      String value = report.info(key);
      if (value == null) continue;
      for (String a : value.split(",")) addActor(actors, a);
    }
    List<Document> docs = new ArrayList<>(report.paragraphs().size());
    for (Paragraph p : report.paragraphs()) docs.add(config.build(document(p.id(), p.text(), month, actors)));
    writer.addDocuments(docs);
    return docs.size();
  }

  private static long indexCsv(String fileId, String text, IndexWriter writer, FacetsConfig config) throws IOException {
    long n = 0;
    List<Document> batch = new ArrayList<>(256);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSV)) {
      for (CSVRecord row : parser) {
        Set<String> actors = new LinkedHashSet<>();
        addActor(actors, row.get("actor1"));
        addActor(actors, row.get("actor2"));
        String date = row.get("event_date");
        String month = MONTH_PREFIX.matcher(date).find() ? date.substring(0, 7) : null;
        batch.add(config.build(document(fileId + "#" + row.get("event_id_cnty"), row.get("notes"), month, actors)));
        if (batch.size() == 256) {
          writer.addDocuments(batch);
          n += batch.size();
          batch.clear();
        }
      }
    }
    writer.addDocuments(batch);
    return n + batch.size();
  }

  private static void addActor(Set<String> actors, String raw) {
    String a = TRAILING_PARENTHESES.matcher(siege.corpus.Markup.clean(raw)).replaceAll("").strip();
    if (!a.isEmpty()) actors.add(a);
  }

  private static Document document(String id, String text, String month, Set<String> actors) {
    Document doc = new Document();
    doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
    doc.add(new TextField(TEXT, text, Field.Store.NO));
    if (month != null) doc.add(new SortedSetDocValuesFacetField(MONTH, month));
    for (String a : actors) doc.add(new SortedSetDocValuesFacetField(ACTOR, a));
    return doc;
  }

  /** Opens a searcher on an index this baseline wrote. */
  public static RawLuceneSearcher open(Path indexDir, boolean facets) throws IOException {
    return new RawLuceneSearcher(indexDir, facets);
  }
}
