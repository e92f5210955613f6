package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import siege.model.EventDate;
import siege.model.Precision;

class DateResolverTest {
  private static final EventDate AUG_2023 = EventDate.day(LocalDate.of(2023, 8, 8));

  private static String first(String contextIso, String sentence) {
    EventDate ctx = contextIso.length() == 10 ? EventDate.day(LocalDate.parse(contextIso))
        : EventDate.month(Integer.parseInt(contextIso.substring(0, 4)), Integer.parseInt(contextIso.substring(5, 7)));
    return new DateResolver(ctx).resolve(sentence).date().toString();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "2023-08-08 | On 26 August, shelling hit the town.                  | 2023-08-26 (day)",
      "2020-01-01 | It started on 26 August 2023.                         | 2023-08-26 (day)",
      "2020-01-01 | It started on August 26, 2023, at dawn.               | 2023-08-26 (day)",
      "2020-01-01 | The date 2023-08-08 is recorded.                      | 2023-08-08 (day)",
      "2020-01-01 | On the 3rd of May 2024 they left.                     | 2024-05-03 (day)",
      "2020-01-01 | Festivities were held in December 2023.               | 2023-12 (month)",
      "2020-01-01 | The siege escalated during June 2025.                 | 2025-06 (month)",
      "2020-01-01 | In late May 2022, she visited the town.               | 2022-05 (month)",
      "2022-05-20 | In early September, a convoy struck a mine.           | 2022-09 (month)",
      "2025-09-01 | In mid-September, the minister spoke.                 | 2025-09 (month)",
      "2020-01-01 | At the start of September 2025, JNIM struck.          | 2025-09 (month)",
      "2025-09-01 | By October, long queues had formed.                   | 2025-10 (month)",
      "2022-01-01 | By early 2023, deliveries had ceased.                 | 2023 (year)",
      "2022-01-01 | By the spring of 2023, the group held the region.     | 2023 (year)",
      "2025-10-24 | On Tuesday, 28 October, the embassy spoke.            | 2025-10-28 (day)",
      "2020-01-01 | On the evening of 26 November 2023, JNIM attacked.    | 2023-11-26 (day)",
      "2023-04-10 | Between 17 and 19 April, 12,000 people registered.    | 2023-04-17 (day)",
      "2023-04-10 | From 17–19 April the camp was full.                   | 2023-04-17 (day)",
      "2025-09 | Lorries moved at the end of September.                   | 2025-09 (month)",
      "2023-12 | On 5 January, the road reopened.                         | 2024-01-05 (day)",
      "2023-11-20 | In February, the town was cut off.                    | 2024-02 (month)",
      "2023-08-08 | On 1 July, the first shells fell.                     | 2023-07-01 (day)",
      "2020-01-01 | It was signed on 12 Sept. 2021.                       | 2021-09-12 (day)"})
  void explicitDates(String context, String sentence, String expected) {
    assertThat(first(context, sentence.strip())).isEqualTo(expected.strip());
  }

  @Test
  void theModalMayAndTheVerbMarchAreNotMonths() {
    DateResolver r = new DateResolver(AUG_2023);
    assertThat(r.resolve("Fighters may return and march on the town.").stated()).isFalse();
  }

  @Test
  void relativePhrasesCountFromThePreviousDate() {
    DateResolver r = new DateResolver(AUG_2023);
    assertThat(r.resolve("On 24 October, the embassy closed.").date().iso()).isEqualTo("2023-10-24");
    assertThat(r.resolve("Two days later, schools closed from 27 October to 9 November.").date().iso())
        .isEqualTo("2023-10-26");
    assertThat(r.resolve("The death toll was updated the next day.").date().iso()).isEqualTo("2023-10-27");
    assertThat(r.resolve("The following day, a curfew began.").date().iso()).isEqualTo("2023-10-28");
    assertThat(r.resolve("A week later, the curfew ended.").date().iso()).isEqualTo("2023-11-04");
    assertThat(r.resolve("Two weeks later, talks began.").date().iso()).isEqualTo("2023-11-18");
    assertThat(r.resolve("Shelling was reported on the day of the announcement.").date().iso())
        .isEqualTo("2023-11-18");
    assertThat(r.resolve("That evening, the army answered.").date().iso()).isEqualTo("2023-11-18");
    assertThat(r.resolve("On the same day, a market burned.").date().iso()).isEqualTo("2023-11-18");
    EventDate later = r.resolve("Later that month, the town was shelled again.").date();
    assertThat(later.iso()).isEqualTo("2023-11");
    assertThat(later.precision()).isEqualTo(Precision.MONTH);
  }

  @Test
  void relativePhraseFollowedByExplicitDateTakesTheExplicitDate() {
    DateResolver r = new DateResolver(AUG_2023);
    r.resolve("On 26 August, shelling killed a child.");
    assertThat(r.resolve("Four days later, on 30 August, JNIM shelled the airport.").date().iso())
        .isEqualTo("2023-08-30");
    // an inconsistent pair still takes the explicit date
    assertThat(r.resolve("Two days later, on 9 September, the base fell.").date().iso()).isEqualTo("2023-09-09");
  }

  @Test
  void relativeDayFromAMonthKeepsTheMonth() {
    DateResolver r = new DateResolver(EventDate.NONE);
    r.resolve("In June 2025, JNIM attacked the base.");
    EventDate d = r.resolve("Two days later, the airport was shelled.").date();
    assertThat(d).isEqualTo(EventDate.month(2025, 6));
  }

  @Test
  void continuationCarriesTheDateWithinAParagraphOnly() {
    DateResolver r = new DateResolver(EventDate.day(LocalDate.of(2025, 1, 1)));
    r.resolve("The siege escalated during June 2025, when JNIM attacked a base.");
    DateResolver.Resolution carried = r.resolve("The attack began with a car packed with explosives.");
    assertThat(carried.date()).isEqualTo(EventDate.month(2025, 6));
    assertThat(carried.stated()).isFalse();
    r.startParagraph();
    assertThat(r.resolve("Analysts disagreed about the campaign.").date()).isEqualTo(EventDate.NONE);
    // the year context survives the paragraph break
    assertThat(r.resolve("On 2 July, the road reopened.").date().iso()).isEqualTo("2025-07-02");
  }

  @Test
  void yearRollsOverFromDecemberToJanuary() {
    DateResolver r = new DateResolver(EventDate.NONE);
    r.resolve("On 28 December 2023, the siege began.");
    assertThat(r.resolve("On 3 January, the first convoy arrived.").date().iso()).isEqualTo("2024-01-03");
    assertThat(r.resolve("On 20 January, a second one came.").date().iso()).isEqualTo("2024-01-20");
  }

  @Test
  void noDateAndNoContextIsNone() {
    DateResolver r = new DateResolver(EventDate.NONE);
    assertThat(r.resolve("Insurgents agreed to allow food trucks in.").date().isKnown()).isFalse();
    assertThat(r.resolve("On 3 May, the town was shelled.").date().isKnown()).isFalse();
    assertThat(r.resolve("The next day, more shells fell.").date().isKnown()).isFalse();
  }

  @Test
  void conflictPeriodFromInfoboxForms() {
    assertThat(ConflictPeriod.parse("2023-08-08").start()).isEqualTo(AUG_2023);
    ConflictPeriod range = ConflictPeriod.parse("2022-03-08 – 2023-05");
    assertThat(range.start().iso()).isEqualTo("2022-03-08");
    assertThat(range.end()).isEqualTo(EventDate.month(2023, 5));
    assertThat(ConflictPeriod.parse("2025-09").start()).isEqualTo(EventDate.month(2025, 9));
    assertThat(ConflictPeriod.parse("8 August 2023 – present").start()).isEqualTo(AUG_2023);
    assertThat(ConflictPeriod.parse("Ongoing")).isEqualTo(ConflictPeriod.UNKNOWN);
    assertThat(ConflictPeriod.parse(null)).isEqualTo(ConflictPeriod.UNKNOWN);
  }
}
