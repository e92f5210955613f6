package siege.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import siege.model.EventRecord;
import siege.model.Paragraph;
import siege.model.Report;
import siege.schema.FacetSchema;

/** Adds records to the index being built: records in, documents (with facets) out. */
public final class DocumentSink {
  private final IndexWriter writer;
  private final ReportDocumentBuilder reports = new ReportDocumentBuilder();
  private final ParagraphDocumentBuilder paragraphs = new ParagraphDocumentBuilder();
  private final EventDocumentBuilder events = new EventDocumentBuilder();
  private long documents;

  DocumentSink(IndexWriter writer) {
    this.writer = writer;
  }

  /** Adds the report document and one document per paragraph. */
  public void addReport(Report report) throws IOException {
    add(reports.build(report));
    for (Paragraph p : report.paragraphs()) add(paragraphs.build(report, p));
  }

  /** Adds event records; their ordinals are their positions in the list. */
  public void addEvents(List<EventRecord> records) throws IOException {
    for (int i = 0; i < records.size(); i++) add(events.build(records.get(i), i + 1));
  }

  public long documents() {
    return documents;
  }

  private void add(Document doc) throws IOException {
    writer.addDocument(FacetSchema.config().build(doc));
    documents++;
  }
}
