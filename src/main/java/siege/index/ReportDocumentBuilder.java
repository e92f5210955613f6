package siege.index;

import org.apache.lucene.document.Document;
import siege.model.Kind;
import siege.model.Report;
import siege.schema.Fields;
import siege.schema.StoredJson;

/** A report -> its report-level document (whole text, title, infobox as stored JSON). */
public final class ReportDocumentBuilder {

  public Document build(Report report) {
    Document doc = new Document();
    DocumentFields.id(doc, report.id());
    DocumentFields.keyword(doc, Fields.KIND, Kind.REPORT.label());
    DocumentFields.facetKeyword(doc, Fields.REPORT, report.id());
    DocumentFields.facetKeyword(doc, Fields.SOURCE_FILE, report.sourceFile());
    DocumentFields.analysed(doc, Fields.TITLE, report.title());
    DocumentFields.text(doc, report.fullText());
    DocumentFields.stored(doc, Fields.INFOBOX, StoredJson.encode(report.infobox()));
    DocumentFields.ordinal(doc, 0);
    return doc;
  }
}
