package siege.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import siege.model.EventDate;
import siege.schema.DateCodec;
import siege.schema.FieldTypes;
import siege.schema.Fields;

/** The ways a value goes into a document, shared by the three document builders. */
final class DocumentFields {
  private DocumentFields() {}

  /** Id as a stored keyword plus sorted doc values (hits and sorts read it without stored fields). */
  static void id(Document doc, String id) {
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
  }

  /** An exact, stored keyword; blank values are skipped. */
  static void keyword(Document doc, String field, String value) {
    if (value == null || value.isBlank()) return;
    doc.add(new StringField(field, value, Field.Store.YES));
  }

  /** An exact, stored keyword that is also a facet value. */
  static void facetKeyword(Document doc, String field, String value) {
    if (value == null || value.isBlank()) return;
    keyword(doc, field, value);
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }

  /** The main text: stemmed (stored) and exact (not stored). */
  static void text(Document doc, String text) {
    doc.add(new Field(Fields.TEXT, text, FieldTypes.TEXT_STORED));
    doc.add(new Field(Fields.TEXT_EXACT, text, FieldTypes.TEXT_NOT_STORED));
  }

  /** The main text, stemmed and exact, searchable but not stored (it is stored elsewhere). */
  static void textNotStored(Document doc, String text) {
    doc.add(new Field(Fields.TEXT, text, FieldTypes.TEXT_NOT_STORED));
    doc.add(new Field(Fields.TEXT_EXACT, text, FieldTypes.TEXT_NOT_STORED));
  }

  /** A short analysed and stored field (title, section, place); blank values are skipped. */
  static void analysed(Document doc, String field, String value) {
    if (value == null || value.isBlank()) return;
    doc.add(new Field(field, value, FieldTypes.TEXT_STORED));
  }

  /** The section heading, analysed and stored; "" (lead paragraphs, event files) is kept as "". */
  static void section(Document doc, String section) {
    doc.add(new Field(Fields.SECTION, section == null ? "" : section, FieldTypes.TEXT_STORED));
  }

  static void storedInt(Document doc, String field, Integer value) {
    if (value != null) doc.add(new StoredField(field, value));
  }

  static void stored(Document doc, String field, String value) {
    if (value != null) doc.add(new StoredField(field, value));
  }

  /** Position within the report: stored and as doc values for ordering. */
  static void ordinal(Document doc, long ordinal) {
    doc.add(new StoredField(Fields.ORDINAL, ordinal));
    doc.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
  }

  /** Date (point, doc values, stored), precision, and the month and year keywords and facet. */
  static void date(Document doc, EventDate date) {
    doc.add(new StoredField(Fields.DATE_PRECISION, date.precision().label()));
    if (!date.isKnown()) return;
    long day = DateCodec.encode(date.date());
    doc.add(new LongPoint(Fields.DATE, day));
    doc.add(new NumericDocValuesField(Fields.DATE, day));
    doc.add(new StoredField(Fields.DATE, day));
    facetKeyword(doc, Fields.MONTH, date.month());
    keyword(doc, Fields.YEAR, date.year());
  }
}
