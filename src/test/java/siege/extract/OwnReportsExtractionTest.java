package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Extraction on three invented reports (src/test/resources/extract/) with places, actors, acronyms
 * and date phrasings the shipped corpus does not have: the rules must be general.
 */
class OwnReportsExtractionTest {
  private static final String LFJ = "Lake Front for Justice";
  private static final String SBB = "Sahel Brothers Brigade";
  private static Map<String, List<EventRecord>> events;

  @BeforeAll
  static void extract() {
    List<Report> reports = List.of(TestReports.resource("siege-of-port-amsel"),
        TestReports.resource("blockade-of-vell"), TestReports.resource("siege-of-dargol-bridge"));
    ActorDirectory directory = TestReports.learnt(reports);
    EventExtractor extractor = new EventExtractor(directory);
    events = reports.stream().collect(Collectors.toMap(Report::id, extractor::extract));
  }

  private static EventRecord find(String report, Predicate<String> text) {
    List<EventRecord> found = events.get(report).stream().filter(e -> text.test(e.text())).toList();
    assertThat(found).as(report).hasSize(1);
    return found.get(0);
  }

  @Test
  void portAmselYearRollsFromDecemberIntoJanuary() {
    String r = "siege-of-port-amsel";
    EventRecord start = find(r, t -> t.contains("encircled Port Amsel"));
    assertThat(start.date().iso()).isEqualTo("2021-11-14");
    assertThat(start.actors()).containsExactly(LFJ);
    assertThat(start.tags()).contains("blockade");
    EventRecord overran = find(r, t -> t.startsWith("On 2 December"));
    assertThat(overran.date().iso()).isEqualTo("2021-12-02");
    assertThat(overran.subEventType()).isEqualTo("Non-state actor overtakes territory");
    assertThat(overran.place()).isEqualTo("the army checkpoint");
    EventRecord strikes = find(r, t -> t.startsWith("Three days later"));
    assertThat(strikes.date().iso()).isEqualTo("2021-12-05");
    assertThat(strikes.actors()).containsExactly("Chad", LFJ);
    assertThat(strikes.subEventType()).isEqualTo("Air/drone strike");
    assertThat(strikes.killed()).isEqualTo(12);
    EventRecord shelled = find(r, t -> t.startsWith("The rebels shelled"));
    assertThat(shelled.date().iso()).isEqualTo("2021-12-05");
    assertThat(shelled.actors()).containsExactly(LFJ);
    assertThat(shelled.place()).isEqualTo("the river port");
    EventRecord toll = find(r, t -> t.startsWith("a nurse was killed"));
    assertThat(toll.killed()).isEqualTo(1);
    assertThat(toll.injured()).isEqualTo(7);
    EventRecord ferry = find(r, t -> t.contains("Lakeline"));
    assertThat(ferry.date()).isEqualTo(EventDate.month(2021, 12));
    assertThat(ferry.actors()).containsExactly("Lakeline");
    assertThat(ferry.tags()).contains("transport disruption");
    EventRecord ied = find(r, t -> t.startsWith("On 9 January"));
    assertThat(ied.date().iso()).isEqualTo("2022-01-09");
    assertThat(ied.subEventType()).isEqualTo("Remote explosive/landmine/IED");
    assertThat(ied.killed()).isEqualTo(3);
    assertThat(ied.place()).isEqualTo("Massakory");
    assertThat(find(r, t -> t.startsWith("A week later")).date().iso()).isEqualTo("2022-01-16");
    assertThat(find(r, t -> t.startsWith("By February")).date()).isEqualTo(EventDate.month(2022, 2));
    EventRecord arrests = find(r, t -> t.contains("arrested 14"));
    assertThat(arrests.date().iso()).isEqualTo("2022-02-22");
    assertThat(arrests.actors()).containsExactly("Chad");
    assertThat(arrests.subEventType()).isEqualTo("Arrests");
    assertThat(events.get(r)).noneMatch(e -> e.text().startsWith("Observers saw"));
  }

  @Test
  void vellUsStyleAndIsoDatesAmbiguousGenericWordsAndStates() {
    String r = "blockade-of-vell";
    EventRecord lead = find(r, t -> t.startsWith("Since June 2019"));
    assertThat(lead.date()).isEqualTo(EventDate.month(2019, 6));
    assertThat(lead.actors()).containsExactly("Islamic State in the Greater Sahara", SBB);
    assertThat(lead.tags()).contains("blockade");
    EventRecord barracks = find(r, t -> t.startsWith("On June 30, 2019"));
    assertThat(barracks.date().iso()).isEqualTo("2019-06-30");
    assertThat(barracks.actors()).as("two non-state combatants: 'gunmen' is ambiguous").isEmpty();
    assertThat(barracks.killed()).isEqualTo(4);
    assertThat(barracks.place()).isEqualTo("the gendarmerie barracks");
    EventRecord aircraft = find(r, t -> t.startsWith("Four days later, on July 4"));
    assertThat(aircraft.date().iso()).isEqualTo("2019-07-04");
    assertThat(aircraft.actors()).containsExactly("France");
    assertThat(aircraft.subEventType()).isEqualTo("Air/drone strike");
    EventRecord curfew = find(r, t -> t.startsWith("Later that month"));
    assertThat(curfew.date()).isEqualTo(EventDate.month(2019, 7));
    assertThat(curfew.actors()).containsExactly("Niger");
    EventRecord market = find(r, t -> t.contains("suicide bomber"));
    assertThat(market.date().iso()).isEqualTo("2019-08-14");
    assertThat(market.subEventType()).isEqualTo("Suicide bomb");
    assertThat(market.killed()).isEqualTo(11);
    assertThat(market.injured()).as("dozens").isNull();
    assertThat(market.place()).isEqualTo("Vell Central Market");
    EventRecord claim = find(r, t -> t.contains("claimed the bombing"));
    assertThat(claim.date().iso()).isEqualTo("2019-08-15");
    assertThat(claim.actors()).containsExactly(SBB);
    EventRecord fled = find(r, t -> t.startsWith("By early 2020"));
    assertThat(fled.date().precision()).isEqualTo(Precision.YEAR);
    assertThat(fled.tags()).contains("displacement");
    assertThat(fled.actors()).containsExactly("Tillabéri Relief Agency");
    assertThat(events.get(r)).noneMatch(e -> e.text().startsWith("Observers saw"));
  }

  @Test
  void dargolUsesAnAcronymDefinedInAnotherReport() {
    String r = "siege-of-dargol-bridge";
    EventRecord lead = find(r, t -> t.startsWith("SBB fighters surrounded"));
    assertThat(lead.actors()).containsExactly(SBB);
    assertThat(lead.date().iso()).isEqualTo("2020-11-20");
    assertThat(lead.place()).isEqualTo("the bridge garrison");
    EventRecord mined = find(r, t -> t.startsWith("In December"));
    assertThat(mined.date()).isEqualTo(EventDate.month(2020, 12));
    assertThat(mined.actors()).as("'the group' is the only non-state side").containsExactly(SBB);
    EventRecord mine = find(r, t -> t.startsWith("On 31 December"));
    assertThat(mine.actors()).containsExactly("Niger");
    assertThat(mine.subEventType()).isEqualTo("Remote explosive/landmine/IED");
    EventRecord toll = find(r, t -> t.startsWith("two soldiers died"));
    assertThat(toll.date().iso()).isEqualTo("2020-12-31");
    assertThat(toll.killed()).isEqualTo(2);
    assertThat(toll.injured()).isEqualTo(3);
    assertThat(find(r, t -> t.startsWith("In January")).date()).isEqualTo(EventDate.month(2021, 1));
    EventRecord retook = find(r, t -> t.contains("retook"));
    assertThat(retook.date().iso()).isEqualTo("2021-01-05");
    assertThat(retook.subEventType()).isEqualTo("Government regains territory");
    EventRecord kidnap = find(r, t -> t.startsWith("The next day"));
    assertThat(kidnap.date().iso()).isEqualTo("2021-01-06");
    assertThat(kidnap.actors()).containsExactly(SBB);
    assertThat(kidnap.subEventType()).isEqualTo("Abduction/forced disappearance");
    assertThat(kidnap.place()).isEqualTo("Dargol");
  }
}
