package siege.schema;

/**
 * Names of the index fields, shared by indexing, search and analysis. The index work owns how each
 * is indexed; this list is the contract.
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
}
