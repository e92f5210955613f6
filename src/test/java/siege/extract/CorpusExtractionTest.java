package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import siege.model.EventDate;
import siege.model.EventRecord;
import siege.model.Precision;
import siege.model.Report;
import siege.model.Taxonomy;

/** Extraction over every shipped report (corpus/ and ../shared/corpus/ when present). */
class CorpusExtractionTest {
  private static List<Report> reports;
  private static Map<String, List<EventRecord>> events;

  @BeforeAll
  static void extractAll() {
    reports = TestReports.corpus();
    ActorDirectory directory = TestReports.learnt(reports);
    EventExtractor extractor = new EventExtractor(directory);
    events = reports.stream().collect(Collectors.toMap(Report::id, extractor::extract));
  }

  @Test
  void everyReportYieldsDatedEventsWithValidTypesAndUniqueIds() {
    assertThat(reports).hasSizeGreaterThanOrEqualTo(4);
    for (Report r : reports) {
      List<EventRecord> list = events.get(r.id());
      assertThat(list).as(r.id()).hasSizeGreaterThanOrEqualTo(5);
      assertThat(list).as(r.id()).filteredOn(e -> e.date().isKnown()).hasSizeGreaterThan(list.size() / 2);
      assertThat(list).extracting(EventRecord::id).doesNotHaveDuplicates();
      for (EventRecord e : list) {
        if (e.eventType() != null) {
          assertThat(Taxonomy.SUB_TYPES.get(e.eventType())).as(e.id()).contains(e.subEventType());
        }
        assertThat(Taxonomy.TAGS).containsAll(e.tags());
        assertThat(e.text()).isNotBlank();
      }
    }
  }

  @Test
  void datesLieWithinTheConflictPeriodPlusOrMinusAYear() {
    for (Report r : reports) {
      ConflictPeriod period = ConflictPeriod.of(r);
      if (!period.start().isKnown()) continue;
      LocalDate from = period.start().date().minusYears(1);
      LocalDate end = period.end().isKnown() ? period.end().date() : LocalDate.of(2026, 12, 31);
      LocalDate to = end.plusYears(1);
      for (EventRecord e : events.get(r.id())) {
        if (!e.date().isKnown()) continue;
        assertThat(e.date().date()).as(e.id() + " " + e.text()).isBetween(from, to);
      }
    }
  }

  private static EventRecord find(String report, Predicate<String> text) {
    List<EventRecord> found = events.get(report).stream().filter(e -> text.test(e.text())).toList();
    assertThat(found).as(report).hasSize(1);
    return found.get(0);
  }

  @Test
  void bamakoDatesByHand() {
    String b = "fuel-blockade-of-bamako";
    assertThat(find(b, t -> t.startsWith("At the start of September 2025")).date()).isEqualTo(EventDate.month(2025, 9));
    assertThat(find(b, t -> t.contains("abducted")).date().iso()).isEqualTo("2025-09-05");
    assertThat(find(b, t -> t.contains("freed the following day")).date().iso()).isEqualTo("2025-09-06");
    assertThat(find(b, t -> t.startsWith("Two days later")).date().iso()).isEqualTo("2025-10-26");
    assertThat(find(b, t -> t.startsWith("On Tuesday, 28 October")).date().iso()).isEqualTo("2025-10-28");
    assertThat(find(b, t -> t.startsWith("By October")).date()).isEqualTo(EventDate.month(2025, 10));
    assertThat(find(b, t -> t.startsWith("That evening")).date().iso()).isEqualTo("2025-09-14");
    EventRecord ambush = find(b, t -> t.contains("RN1"));
    assertThat(ambush.actors()).containsExactly("Jama'at Nasr al-Islam wal Muslimin");
    assertThat(ambush.place()).isEqualTo("the RN1 highway");
    assertThat(ambush.subEventType()).isEqualTo("Armed clash");
    assertThat(find(b, t -> t.startsWith("The Malian Armed Forces (FAMa)")).actors()).containsExactly("Mali");
    assertThat(events.get(b)).noneMatch(e -> e.text().startsWith("Analysts saw"));
  }

  @Test
  void djiboDatesActorsAndCasualtiesByHand() {
    String d = "siege-of-djibo";
    EventRecord mine = find(d, t -> t.startsWith("In early September"));
    assertThat(mine.date()).isEqualTo(EventDate.month(2022, 9));
    assertThat(mine.killed()).isEqualTo(35);
    assertThat(mine.subEventType()).isEqualTo("Remote explosive/landmine/IED");
    EventRecord ambush = find(d, t -> t.startsWith("On 26 September"));
    assertThat(ambush.date().iso()).isEqualTo("2022-09-26");
    assertThat(ambush.place()).isEqualTo("Gaskindé");
    // two non-state combatants: 'jihadists' is ambiguous; "the army" is the report's one state
    assertThat(ambush.actors()).containsExactly("Burkina Faso");
    assertThat(find(d, t -> t.contains("27 soldiers and 10 civilians")).killed()).isEqualTo(37);
    assertThat(find(d, t -> t.startsWith("By early 2023")).date().precision()).isEqualTo(Precision.YEAR);
    assertThat(find(d, t -> t.startsWith("In August")).date()).isEqualTo(EventDate.month(2023, 8));
    EventRecord storm = find(d, t -> t.startsWith("On the evening of 26 November 2023"));
    assertThat(storm.date().iso()).isEqualTo("2023-11-26");
    assertThat(storm.actors()).containsExactly("Jama'at Nasr al-Islam wal Muslimin");
    assertThat(find(d, t -> t.contains("more than 400 of them")).killed()).isEqualTo(400);
    assertThat(find(d, t -> t.startsWith("A VDP militiaman")).actors())
        .containsExactly("Volunteers for the Defense of the Homeland");
    assertThat(find(d, t -> t.startsWith("On 8 October")).place()).isEqualTo("Ouagadougou");
  }

  @Test
  void menakaDatesActorsAndCasualtiesByHand() {
    String m = "siege-of-menaka";
    String isgs = "Islamic State in the Greater Sahara";
    assertThat(find(m, t -> t.startsWith("From March 2022")).date()).isEqualTo(EventDate.month(2022, 3));
    EventRecord massacre = find(m, t -> t.startsWith("On 28 March"));
    assertThat(massacre.date().iso()).isEqualTo("2022-03-28");
    assertThat(massacre.killed()).isEqualTo(35);
    assertThat(massacre.actors()).containsExactly(isgs, "Human Rights Watch");
    assertThat(massacre.eventType()).isEqualTo("Violence against civilians");
    assertThat(find(m, t -> t.startsWith("Between 17 and 19 April")).date().iso()).isEqualTo("2023-04-17");
    assertThat(find(m, t -> t.startsWith("Niger's army")).actors()).containsExactly("Niger", isgs);
    assertThat(find(m, t -> t.startsWith("On 10 April 2023")).actors()).containsExactly(isgs);
    assertThat(find(m, t -> t.startsWith("They were escaping")).actors()).containsExactly(isgs, "Mali", "Niger");
    assertThat(find(m, t -> t.contains("more than 1,000 people had been killed")).killed()).isEqualTo(1000);
  }

  @Test
  void extractionIsRepeatableAndIndependentOfLearningOrder() {
    List<Report> reversed = new java.util.ArrayList<>(reports);
    java.util.Collections.reverse(reversed);
    EventExtractor other = new EventExtractor(TestReports.learnt(reversed));
    for (Report r : reports) assertThat(other.extract(r)).isEqualTo(events.get(r.id()));
  }

  @Test
  void reportWithoutADateGetsNoneUntilTheTextDatesIt() {
    Report r = TestReports.file(Path.of("corpus/siege-of-timbuktu.txt"));
    Report undated = new Report(r.id(), r.title(), Map.of("Combatant1", "Mali", "Combatant2",
        "Jama'at Nasr al-Islam wal Muslimin"), r.paragraphs(), r.sourceFile());
    List<EventRecord> list = new EventExtractor(TestReports.learnt(List.of(undated))).extract(undated);
    // the lead states its own full date, so the narrative still resolves
    assertThat(list.get(0).date().iso()).isEqualTo("2023-08-08");
    assertThat(list).anyMatch(e -> "2023-08-26".equals(e.date().iso()));
  }
}
