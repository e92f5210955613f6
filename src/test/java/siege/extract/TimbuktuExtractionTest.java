package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import siege.model.EventRecord;
import siege.model.Precision;
import siege.model.Report;

/** The events issue 2 requires from the Siege of Timbuktu report. */
class TimbuktuExtractionTest {
  private static final String JNIM = "Jama'at Nasr al-Islam wal Muslimin";
  private static Report report;
  private static List<EventRecord> events;

  @BeforeAll
  static void extract() {
    report = TestReports.file(Path.of("corpus/siege-of-timbuktu.txt"));
    ActorDirectory directory = TestReports.learnt(TestReports.corpus());
    events = new EventExtractor(directory).extract(report);
  }

  private static EventRecord one(String iso, Predicate<EventRecord> which) {
    List<EventRecord> found = events.stream().filter(e -> iso.equals(e.date().iso())).filter(which).toList();
    assertThat(found).as("events on %s matching", iso).hasSize(1);
    return found.get(0);
  }

  private static Predicate<EventRecord> text(String words) {
    return e -> e.text().contains(words);
  }

  @Test
  void blockadeFrom8August2023ByJnim() {
    EventRecord e = one("2023-08-08", text("complete blockade"));
    assertThat(e.actors()).containsExactly(JNIM);
    assertThat(e.tags()).contains("blockade");
    assertThat(e.date().precision()).isEqualTo(Precision.DAY);
  }

  @Test
  void shellingNearTheBankOn26August() {
    EventRecord e = one("2023-08-26", x -> true);
    assertThat(e.subEventType()).isEqualTo("Shelling/artillery/missile attack");
    assertThat(e.eventType()).isEqualTo("Explosions/Remote violence");
    assertThat(e.place()).isEqualTo("Malian Solidarity Bank");
    assertThat(e.killed()).isEqualTo(1);
    assertThat(e.injured()).isEqualTo(4);
    assertThat(e.actors()).containsExactly(JNIM); // "by jihadists": the report's only non-state side
  }

  @Test
  void airportShellingOn30AugustByJnimNamingWagner() {
    EventRecord e = one("2023-08-30", x -> true);
    assertThat(e.actors()).containsExactly(JNIM, "Wagner Group");
    assertThat(e.subEventType()).isEqualTo("Shelling/artillery/missile attack");
    assertThat(e.place()).isEqualTo("the military airport");
  }

  @Test
  void skyMaliCeasedFlightsAndTheAirportWasShelledOn11September() {
    EventRecord flights = one("2023-09-11", text("Sky Mali"));
    assertThat(flights.actors()).containsExactly("Sky Mali");
    assertThat(flights.tags()).contains("transport disruption");
    EventRecord shelling = one("2023-09-11", text("day of the announcement"));
    assertThat(shelling.subEventType()).isEqualTo("Shelling/artillery/missile attack");
    assertThat(shelling.place()).isEqualTo("the airport");
    assertThat(events.indexOf(shelling)).isEqualTo(events.indexOf(flights) + 1);
  }

  @Test
  void shellingOn21SeptemberAndTheTollUpdateNextDay() {
    EventRecord e = one("2023-09-21", x -> true);
    assertThat(e.actors()).containsExactly(JNIM);
    assertThat(e.killed()).isEqualTo(2);
    assertThat(e.injured()).isEqualTo(5);
    assertThat(e.subEventType()).isEqualTo("Shelling/artillery/missile attack");
    EventRecord update = one("2023-09-22", x -> true);
    assertThat(update.tags()).contains("casualty update");
    assertThat(update.killed()).isEqualTo(5);
  }

  @Test
  void carBombAndBaseSeizedOn27September() {
    EventRecord e = one("2023-09-27", x -> true);
    assertThat(e.actors()).containsExactly(JNIM, "Mali");
    assertThat(e.text()).contains("car bomb").contains("seized the base");
    assertThat(e.eventType()).isEqualTo("Battles");
    assertThat(e.subEventType()).isEqualTo("Non-state actor overtakes territory");
    assertThat(e.place()).contains("military base");
  }

  @Test
  void festivalInDecember2023HasMonthPrecision() {
    EventRecord e = one("2023-12", text("festival"));
    assertThat(e.date().precision()).isEqualTo(Precision.MONTH);
  }

  @Test
  void june2025BaseAttack() {
    List<EventRecord> june = events.stream().filter(e -> "2025-06".equals(e.date().iso())).toList();
    assertThat(june).allSatisfy(e -> assertThat(e.date().precision()).isEqualTo(Precision.MONTH));
    EventRecord attack = one("2025-06", text("attacked a military base"));
    assertThat(attack.actors()).containsExactly(JNIM);
    assertThat(attack.eventType()).isEqualTo("Battles");
    EventRecord carBomb = one("2025-06", text("The attack began with a car packed with explosives."));
    assertThat(carBomb.subEventType()).isEqualTo("Remote explosive/landmine/IED");
    assertThat(carBomb.text()).isEqualTo("The attack began with a car packed with explosives.");
    EventRecord mortars = one("2025-06", text("shelled by mortars"));
    assertThat(mortars.subEventType()).isEqualTo("Shelling/artillery/missile attack");
    assertThat(mortars.place()).isEqualTo("the airport");
    EventRecord result = one("2025-06", text("neutralized"));
    assertThat(result.killed()).isEqualTo(14);
    assertThat(result.actors()).startsWith("Mali").contains(JNIM);
    assertThat(result.subEventType()).isEqualTo("Arrests");
  }

  @Test
  void everyFieldIsFilled() {
    for (int i = 0; i < events.size(); i++) {
      EventRecord e = events.get(i);
      assertThat(e.id()).isEqualTo("siege-of-timbuktu#e" + (i + 1));
      assertThat(e.reportId()).isEqualTo("siege-of-timbuktu");
      assertThat(e.reportTitle()).isEqualTo("Siege of Timbuktu");
      assertThat(e.sourceFile()).isEqualTo("siege-of-timbuktu.txt");
      assertThat(e.paragraph()).isBetween(0, report.paragraphs().size() - 1);
      assertThat(e.section()).isEqualTo(report.paragraphs().get(e.paragraph()).section());
      assertThat(report.paragraphs().get(e.paragraph()).text()).contains(e.text());
      assertThat(e.source()).isNull();
      assertThat(e.extra()).isEmpty();
      assertThat(e.actors()).doesNotHaveDuplicates();
    }
    assertThat(events).extracting(EventRecord::paragraph).isSorted();
  }

  @Test
  void analysisAndCommentAreNotEvents() {
    assertThat(events).noneMatch(e -> e.text().startsWith("JNIM never specified casualties"));
    assertThat(events).noneMatch(e -> e.text().startsWith("Officials later reported"));
  }
}
