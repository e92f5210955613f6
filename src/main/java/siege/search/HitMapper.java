package siege.search;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import siege.model.EventDate;
import siege.model.EventRecord;
import siege.model.Kind;
import siege.model.Precision;
import siege.schema.DateCodec;
import siege.schema.Fields;
import siege.schema.StoredJson;

/** Stored documents -> the plain records the API returns. */
final class HitMapper {
  private HitMapper() {}

  static SearchHit hit(Document doc, String snippet, Float score) {
    String kind = doc.get(Fields.KIND);
    boolean event = Kind.EVENT.label().equals(kind);
    EventDate date = event ? date(doc) : EventDate.NONE;
    return new SearchHit(
        doc.get(Fields.ID),
        kind,
        doc.get(Fields.REPORT),
        doc.get(Fields.TITLE),
        Kind.REPORT.label().equals(kind) ? null : doc.get(Fields.SECTION),
        date.iso(),
        event ? date.precision().label() : null,
        date.month(),
        values(doc, Fields.ACTOR),
        doc.get(Fields.EVENT_TYPE),
        doc.get(Fields.SUB_EVENT_TYPE),
        values(doc, Fields.TAG),
        integer(doc, Fields.KILLED),
        integer(doc, Fields.INJURED),
        doc.get(Fields.PLACE),
        doc.get(Fields.SOURCE_FILE),
        doc.get(Fields.TEXT),
        snippet,
        score);
  }

  static EventRecord event(Document doc) {
    Integer paragraph = integer(doc, Fields.PARAGRAPH);
    return new EventRecord(
        doc.get(Fields.ID),
        doc.get(Fields.REPORT),
        doc.get(Fields.TITLE),
        doc.get(Fields.SOURCE_FILE),
        doc.get(Fields.SECTION) == null ? "" : doc.get(Fields.SECTION),
        paragraph == null ? -1 : paragraph,
        date(doc),
        values(doc, Fields.ACTOR),
        doc.get(Fields.EVENT_TYPE),
        doc.get(Fields.SUB_EVENT_TYPE),
        values(doc, Fields.TAG),
        integer(doc, Fields.KILLED),
        integer(doc, Fields.INJURED),
        doc.get(Fields.PLACE),
        doc.get(Fields.TEXT),
        doc.get(Fields.SOURCE),
        StoredJson.decodeMap(doc.get(Fields.EXTRA)));
  }

  static EventDate date(Document doc) {
    IndexableField day = doc.getField(Fields.DATE);
    String precision = doc.get(Fields.DATE_PRECISION);
    if (day == null || precision == null) return EventDate.NONE;
    Precision p = Precision.fromLabel(precision);
    if (p == Precision.NONE) return EventDate.NONE;
    return new EventDate(DateCodec.decode(day.numericValue().longValue()), p);
  }

  private static List<String> values(Document doc, String field) {
    return Arrays.asList(doc.getValues(field));
  }

  private static Integer integer(Document doc, String field) {
    IndexableField f = doc.getField(field);
    return f == null || f.numericValue() == null ? null : f.numericValue().intValue();
  }
}
