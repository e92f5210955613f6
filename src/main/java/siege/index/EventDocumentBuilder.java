package siege.index;

import org.apache.lucene.document.Document;
import siege.model.EventRecord;
import siege.model.Kind;
import siege.schema.Fields;
import siege.schema.StoredJson;

/**
 * An event record -> its document. Everything the record holds is stored so the record can be
 * rebuilt whole (exports); actor, types, tags, month, report and source file are facets.
 */
public final class EventDocumentBuilder {

  /**
   * @param ordinal the record's position among its report's (or event file's) records
   */
  public Document build(EventRecord event, int ordinal) {
    Document doc = new Document();
    DocumentFields.id(doc, event.id());
    DocumentFields.keyword(doc, Fields.KIND, Kind.EVENT.label());
    DocumentFields.facetKeyword(doc, Fields.REPORT, event.reportId());
    DocumentFields.facetKeyword(doc, Fields.SOURCE_FILE, event.sourceFile());
    DocumentFields.analysed(doc, Fields.TITLE, event.reportTitle());
    DocumentFields.section(doc, event.section());
    DocumentFields.storedInt(doc, Fields.PARAGRAPH, event.paragraph());
    DocumentFields.ordinal(doc, ordinal);
    DocumentFields.date(doc, event.date());
    for (String actor : event.actors()) DocumentFields.facetKeyword(doc, Fields.ACTOR, actor);
    DocumentFields.facetKeyword(doc, Fields.EVENT_TYPE, event.eventType());
    DocumentFields.facetKeyword(doc, Fields.SUB_EVENT_TYPE, event.subEventType());
    for (String tag : event.tags()) DocumentFields.facetKeyword(doc, Fields.TAG, tag);
    DocumentFields.storedInt(doc, Fields.KILLED, event.killed());
    DocumentFields.storedInt(doc, Fields.INJURED, event.injured());
    DocumentFields.analysed(doc, Fields.PLACE, event.place());
    DocumentFields.text(doc, event.text() == null ? "" : event.text());
    DocumentFields.stored(doc, Fields.SOURCE, event.source());
    if (!event.extra().isEmpty()) DocumentFields.stored(doc, Fields.EXTRA, StoredJson.encode(event.extra()));
    return doc;
  }
}
