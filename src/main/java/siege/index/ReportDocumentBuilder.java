package siege.index;

import org.apache.lucene.document.Document;
import siege.model.Kind;
import siege.model.Report;
import siege.schema.Fields;
import siege.schema.StoredJson;

/**
 * A report -> its report-level document: title, infobox as stored JSON, and the whole text indexed
 * but not stored (each paragraph stores its own text; search rebuilds a report's text from them,
 * as {@link Report#fullText()} joins them).
 */
public final class ReportDocumentBuilder {

  public Document build(Report report) {
    Document doc = new Document();
    DocumentFields.id(doc, report.id());
    DocumentFields.keyword(doc, Fields.KIND, Kind.REPORT.label());
    DocumentFields.facetKeyword(doc, Fields.REPORT, report.id());
    DocumentFields.facetKeyword(doc, Fields.SOURCE_FILE, report.sourceFile());
    DocumentFields.analysed(doc, Fields.TITLE, report.title());
    DocumentFields.textNotStored(doc, report.fullText());
    DocumentFields.stored(doc, Fields.INFOBOX, StoredJson.encode(report.infobox()));
    DocumentFields.ordinal(doc, 0);
    return doc;
  }
}
