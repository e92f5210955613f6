package siege.schema;

import java.util.List;

/**
 * Names of the index fields, shared by indexing, search and analysis. How each is indexed is
 * described in {@code siege.schema} (see package-info) and done by the builders in
 * {@code siege.index}.
 */
public final class Fields {
  private Fields() {}

  // keyword fields (exact, not analysed; stored where hits need them)
  public static final String ID = "id";
  public static final String KIND = "kind";
  public static final String REPORT = "report";
  public static final String ACTOR = "actor";
  public static final String EVENT_TYPE = "event_type";
  public static final String SUB_EVENT_TYPE = "sub_event_type";
  public static final String TAG = "tag";
  public static final String MONTH = "month";
  public static final String YEAR = "year";
  public static final String SOURCE_FILE = "source_file";

  // analysed text fields
  /** Full text, stemmed analysis, stored with offsets for highlighting. */
  public static final String TEXT = "text";
  /** The same text, unstemmed, so exact words and phrases can rank above stem matches. */
  public static final String TEXT_EXACT = "text_exact";
  /** Report title, analysed (for boosts). */
  public static final String TITLE = "title";
  /** Section heading, analysed (for boosts). */
  public static final String SECTION = "section";
  /** Place name, analysed. */
  public static final String PLACE = "place";

  // dates
  /** Epoch day of the resolved date: a LongPoint for ranges plus NumericDocValues for sorting. */
  public static final String DATE = "date";
  public static final String DATE_PRECISION = "date_precision";

  // stored only (to rebuild hits, event records and report views)
  /** Paragraph position (paragraphs and events; -1 for event-file rows). */
  public static final String PARAGRAPH = "paragraph";
  /**
   * Order of a document within its report (paragraph position, event number); also a
   * NumericDocValues field for sorting a report's paragraphs and events.
   */
  public static final String ORDINAL = "ordinal";
  public static final String KILLED = "killed";
  public static final String INJURED = "injured";
  public static final String SOURCE = "source";
  /** JSON object of an event's extra fields. */
  public static final String EXTRA = "extra";
  /** JSON object of a report's infobox, in file order. */
  public static final String INFOBOX = "infobox";

  /** Keyword fields a user may name in the query syntax ({@code actor:"Wagner Group"}). */
  public static final List<String> QUERYABLE_KEYWORDS =
      List.of(ACTOR, EVENT_TYPE, SUB_EVENT_TYPE, TAG, REPORT, MONTH, YEAR, KIND, ID, SOURCE_FILE);
}
