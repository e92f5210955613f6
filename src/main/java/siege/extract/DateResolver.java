package siege.extract;

import java.time.LocalDate;
import java.util.List;
import siege.model.EventDate;
import siege.model.Precision;

/**
 * Resolves the date of each sentence of a report, read in order, keeping the narrative context.
 *
 * <ul>
 *   <li>The first date expression of a sentence is its date. A relative phrase directly followed
 *       by an explicit date ("Four days later, on 30 August") gives way to the explicit date.
 *   <li>A day or month with no year takes the year of the latest date in context (the infobox
 *       start, then every resolved sentence); when that would put it more than two months before
 *       the context date it rolls into the next year ("On 3 January" after December 2023 is 2024).
 *   <li>Relative phrases count from the previous dated sentence: "two days later", "the next
 *       day", "a week later", "the same day", "the day of the announcement", "later that month".
 *       They keep the precision of that date (a day offset from a month stays a month).
 *   <li>A sentence with no date expression carries the date of the previous sentence of the same
 *       paragraph ("The attack began with ..."). The first sentences of a paragraph without one get
 *       {@link EventDate#NONE}; the year context carries over paragraphs.
 * </ul>
 */
public final class DateResolver {
  private static final int ROLL_MONTHS = 2;
  private static final int APPOSITION_GAP = 8;

  /** A sentence's date and whether the sentence states it itself (explicitly or relatively). */
  public record Resolution(EventDate date, boolean stated) {}

  private EventDate anchor;
  private EventDate previous = EventDate.NONE;
  private EventDate paragraphDate = EventDate.NONE;

  /** A resolver whose context starts at the report's conflict date (may be NONE). */
  public DateResolver(EventDate reportDate) {
    this.anchor = reportDate == null ? EventDate.NONE : reportDate;
  }

  /** Starts a new paragraph: sentences without a date no longer carry the last one. */
  public void startParagraph() {
    paragraphDate = EventDate.NONE;
  }

  /** The date of the next sentence, updating the context. */
  public Resolution resolve(String sentence) {
    List<DateGrammar.Mention> mentions = DateGrammar.find(sentence);
    if (mentions.isEmpty()) return new Resolution(paragraphDate, false);
    DateGrammar.Mention chosen = mentions.get(0);
    if (chosen.kind() == DateGrammar.Kind.RELATIVE && mentions.size() > 1) {
      DateGrammar.Mention next = mentions.get(1);
      if (next.kind() != DateGrammar.Kind.RELATIVE && next.start() - chosen.end() <= APPOSITION_GAP) {
        chosen = next;
      }
    }
    EventDate d = chosen.kind() == DateGrammar.Kind.RELATIVE ? relative(chosen) : explicit(chosen);
    if (d.isKnown()) {
      anchor = d;
      previous = d;
      paragraphDate = d;
    }
    return new Resolution(d, true);
  }

  private EventDate explicit(DateGrammar.Mention m) {
    if (m.hasYear()) return absolute(m, m.year());
    if (!anchor.isKnown()) return EventDate.NONE;
    int year = anchor.date().getYear();
    LocalDate candidate = LocalDate.of(year, m.month() == 0 ? 1 : m.month(),
        m.kind() == DateGrammar.Kind.DAY ? m.day() : 1);
    LocalDate context = anchor.date();
    if (candidate.plusMonths(ROLL_MONTHS).isBefore(context)) year++;
    if (m.kind() == DateGrammar.Kind.DAY && m.month() == 2 && m.day() == 29 && !java.time.Year.isLeap(year)) {
      return EventDate.month(year, 2);
    }
    return absolute(m, year);
  }

  static EventDate absolute(DateGrammar.Mention m, int year) {
    return switch (m.kind()) {
      case DAY -> EventDate.day(LocalDate.of(year, m.month(), m.day()));
      case MONTH -> EventDate.month(year, m.month());
      case YEAR -> EventDate.year(year);
      case RELATIVE -> throw new IllegalArgumentException("relative mention has no absolute date");
    };
  }

  private EventDate relative(DateGrammar.Mention m) {
    EventDate base = previous.isKnown() ? previous : EventDate.NONE;
    if (!base.isKnown()) return EventDate.NONE;
    LocalDate d = base.date();
    Precision p = base.precision();
    return switch (m.unit()) {
      case SAME_DAY -> base;
      case SAME_MONTH -> p == Precision.YEAR ? base : EventDate.month(d.getYear(), d.getMonthValue());
      case SAME_YEAR -> EventDate.year(d.getYear());
      case DAY -> shift(base, d.plusDays(m.offset()));
      case WEEK -> shift(base, d.plusWeeks(m.offset()));
      case MONTH -> p == Precision.YEAR ? base
          : EventDate.month(d.plusMonths(m.offset()).getYear(), d.plusMonths(m.offset()).getMonthValue());
      case YEAR -> EventDate.year(d.getYear() + m.offset());
    };
  }

  /** A day shift keeps the base's precision: exact for a day, the base month or year otherwise. */
  private static EventDate shift(EventDate base, LocalDate shifted) {
    return switch (base.precision()) {
      case DAY -> EventDate.day(shifted);
      default -> base;
    };
  }
}
