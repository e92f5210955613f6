package siege.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A resolved date with its precision. For MONTH precision {@code date} is the first of the month,
 * for YEAR the first of January; for NONE it is null.
 */
public record EventDate(LocalDate date, Precision precision) {

  public static final EventDate NONE = new EventDate(null, Precision.NONE);

  public EventDate {
    Objects.requireNonNull(precision, "precision");
    if ((date == null) != (precision == Precision.NONE)) {
      throw new IllegalArgumentException("date must be null exactly when precision is NONE");
    }
    if (precision == Precision.MONTH) date = date.withDayOfMonth(1);
    if (precision == Precision.YEAR) date = date.withDayOfYear(1);
  }

  public static EventDate day(LocalDate d) {
    return new EventDate(d, Precision.DAY);
  }

  public static EventDate month(int year, int month) {
    return new EventDate(LocalDate.of(year, month, 1), Precision.MONTH);
  }

  public static EventDate year(int year) {
    return new EventDate(LocalDate.of(year, 1, 1), Precision.YEAR);
  }

  public boolean isKnown() {
    return precision != Precision.NONE;
  }

  /** ISO text at its precision: "2023-08-26", "2023-08", "2023", or null. */
  public String iso() {
    return switch (precision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> date.toString().substring(0, 4);
      case NONE -> null;
    };
  }

  /** "YYYY-MM" when the month is known, else null. */
  public String month() {
    return precision == Precision.DAY || precision == Precision.MONTH
        ? date.toString().substring(0, 7)
        : null;
  }

  /** "YYYY" when the year is known, else null. */
  public String year() {
    return isKnown() ? date.toString().substring(0, 4) : null;
  }

  @Override
  public String toString() {
    return isKnown() ? iso() + " (" + precision.label() + ")" : "(no date)";
  }
}
