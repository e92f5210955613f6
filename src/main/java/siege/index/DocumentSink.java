package siege.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import siege.model.EventRecord;
import siege.model.Paragraph;
import siege.model.Report;
import siege.schema.FacetSchema;
import siege.schema.Fields;

/**
 * Adds records to the index being written: records in, documents (with facets) out. Every
 * document carries its corpus file's name ({@link Fields#SOURCE_FILE}), the key by which an
 * update deletes a changed or removed file's documents.
 */
public final class DocumentSink {
  private final IndexWriter writer;
  private final ReportDocumentBuilder reports = new ReportDocumentBuilder();
  private final ParagraphDocumentBuilder paragraphs = new ParagraphDocumentBuilder();
  private final EventDocumentBuilder events = new EventDocumentBuilder();
  private long documents;
  private long deletions;

  DocumentSink(IndexWriter writer) {
    this.writer = writer;
  }

  /** Adds the report document and one document per paragraph. */
  public void addReport(Report report) throws IOException {
    addReport(report, List.of());
  }

  /**
   * Adds the report document, one document per paragraph, and the report's event records, each
   * paragraph followed by its events: a sentence is stored next to the paragraph it comes from,
   * which the stored-fields compression ({@link siege.schema.IndexCodec}) then stores almost free.
   * Event ordinals are their positions in {@code events}.
   */
  public void addReport(Report report, List<EventRecord> events) throws IOException {
    add(reports.build(report));
    int next = 0;
    for (Paragraph p : report.paragraphs()) {
      add(paragraphs.build(report, p));
      while (next < events.size() && events.get(next).paragraph() == p.position()) {
        EventRecord event = events.get(next++);
        addEvent(event, next);
      }
    }
    while (next < events.size()) { // not in paragraph order: appended
      EventRecord event = events.get(next++);
      addEvent(event, next);
    }
  }

  /** Adds event records; their ordinals are their positions in the list. */
  public void addEvents(List<EventRecord> records) throws IOException {
    for (int i = 0; i < records.size(); i++) addEvent(records.get(i), i + 1);
  }

  /** Adds one event record at a position among its file's records (event files are streamed). */
  public void addEvent(EventRecord record, int ordinal) throws IOException {
    add(events.build(record, ordinal));
  }

  /**
   * Deletes every document of a corpus file (report, paragraphs, events, or an event file's rows).
   * Deletes apply to the documents added before the call, so delete a file, then add its new
   * version.
   */
  public void deleteFile(String fileName) throws IOException {
    writer.deleteDocuments(new Term(Fields.SOURCE_FILE, fileName));
    deletions++;
  }

  /** Makes the update commit even when no document changed (the commit data did). */
  void forceCommit() {
    deletions++;
  }

  /** Documents added so far. */
  public long documents() {
    return documents;
  }

  /** Whether anything was added or deleted. */
  public boolean changed() {
    return documents > 0 || deletions > 0;
  }

  private void add(Document doc) throws IOException {
    writer.addDocument(FacetSchema.config().build(doc));
    documents++;
  }
}
