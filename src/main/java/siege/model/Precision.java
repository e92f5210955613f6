package siege.model;

/** How precisely an event's date is known. */
public enum Precision {
  DAY,
  MONTH,
  YEAR,
  NONE;

  /** The lower-case name used in the index and the API ("day", "month", ...). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Precision fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
