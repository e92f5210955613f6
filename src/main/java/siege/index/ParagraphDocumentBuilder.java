package siege.index;

import org.apache.lucene.document.Document;
import siege.model.Kind;
import siege.model.Paragraph;
import siege.model.Report;
import siege.schema.Fields;

/** A paragraph of a report -> its document (text, section, position, the report's title). */
public final class ParagraphDocumentBuilder {

  public Document build(Report report, Paragraph paragraph) {
    Document doc = new Document();
    DocumentFields.id(doc, paragraph.id());
    DocumentFields.keyword(doc, Fields.KIND, Kind.PARAGRAPH.label());
    DocumentFields.facetKeyword(doc, Fields.REPORT, report.id());
    DocumentFields.facetKeyword(doc, Fields.SOURCE_FILE, report.sourceFile());
    DocumentFields.analysed(doc, Fields.TITLE, report.title());
    DocumentFields.section(doc, paragraph.section());
    DocumentFields.text(doc, paragraph.text());
    DocumentFields.storedInt(doc, Fields.PARAGRAPH, paragraph.position());
    DocumentFields.ordinal(doc, paragraph.position());
    return doc;
  }
}
