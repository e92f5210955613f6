package siege.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import siege.index.IndexBuilder;
import siege.model.EventDate;
import siege.model.EventRecord;
import siege.model.Paragraph;
import siege.model.Report;
import siege.model.Taxonomy;

/**
 * A small hand-made index (one report with eight events, one event file with two rows), so that
 * search tests do not depend on the extraction step.
 */
public final class IndexFixtures {
  public static final String REPORT = "siege-of-testville";
  public static final String TITLE = "Siege of Testville";
  public static final String FILE = "siege-of-testville.txt";
  public static final String EVENT_FILE = "sample-events";
  static final String SHELLING = "Shelling/artillery/missile attack";

  private IndexFixtures() {}

  public static Report report() {
    Map<String, String> infobox = new LinkedHashMap<>();
    infobox.put("Conflict", TITLE);
    infobox.put("Date", "2023-08-08");
    infobox.put("Combatant1", "Red Army");
    infobox.put("Combatant2", "Blue Front");
    return new Report(REPORT, TITLE, infobox, List.of(
        new Paragraph(REPORT, 0, "", "The Blue Front has imposed a blockade upon Testville since 8 August 2023. "
            + "Thousands have fled the city.", 10),
        new Paragraph(REPORT, 1, "Siege", "On 26 August, shelling near the central market killed a child. "
            + "On 27 September, the Blue Front attacked a base with a car bomb and seized it.", 14),
        new Paragraph(REPORT, 2, "Siege", "A leaflet said <script>alert(1)</script> & more.", 18)),
        FILE);
  }

  public static List<EventRecord> events() {
    return List.of(
        event(1, EventDate.day(LocalDate.of(2023, 8, 8)), List.of("Blue Front"), Taxonomy.STRATEGIC, "Other",
            List.of(Taxonomy.TAG_BLOCKADE), null, null, null,
            "The Blue Front has imposed a blockade upon Testville since 8 August 2023."),
        event(2, EventDate.day(LocalDate.of(2023, 8, 26)), List.of(), Taxonomy.EXPLOSIONS, SHELLING,
            List.of(Taxonomy.TAG_CASUALTY_UPDATE), 1, 4, "the central market",
            "On 26 August, shelling near the central market killed a child and injured four people."),
        event(3, EventDate.day(LocalDate.of(2023, 9, 11)), List.of("Blue Front", "Red Army"), Taxonomy.EXPLOSIONS,
            SHELLING, List.of(), null, null, "the airport",
            "On 11 September, the Blue Front shelled the airport held by the Red Army."),
        event(4, EventDate.day(LocalDate.of(2023, 9, 21)), List.of("Blue Front"), Taxonomy.EXPLOSIONS, SHELLING,
            List.of(Taxonomy.TAG_CASUALTY_UPDATE), 2, 5, null,
            "During the shelling of Testville on 21 September, two were killed and five injured."),
        event(5, EventDate.day(LocalDate.of(2023, 9, 27)), List.of("Blue Front", "Red Army"), Taxonomy.BATTLES,
            "Non-state actor overtakes territory", List.of(), null, null, "a base",
            "On 27 September, the Blue Front attacked a base with a car bomb and seized it."),
        event(6, EventDate.month(2023, 12), List.of(), null, null, List.of(), null, null, null,
            "Residents held a festival in December 2023 despite the blockade."),
        event(7, EventDate.NONE, List.of("Red Army"), Taxonomy.BATTLES, "Armed clash", List.of(), null, null, null,
            "A car stood near the old bomb shelter when soldiers of the Red Army fought there."),
        event(8, EventDate.day(LocalDate.of(2023, 9, 5)), List.of(), Taxonomy.STRATEGIC, "Other", List.of(),
            null, null, null, "A leaflet said <script>alert(1)</script> & more."));
  }

  /** Two rows of an event file: no paragraph, a source and extra columns. */
  public static List<EventRecord> eventFileRows() {
    return List.of(
        new EventRecord(EVENT_FILE + "#MLI001", EVENT_FILE, "sample-events.csv", "sample-events.csv", "", -1,
            EventDate.day(LocalDate.of(2023, 9, 21)), List.of("Blue Front"), Taxonomy.EXPLOSIONS, SHELLING,
            List.of(), 3, null, "Testville",
            "Mortar shelling hit Testville, killing three.", "Local radio",
            Map.of("admin1", "North", "inter1", "2")),
        new EventRecord(EVENT_FILE + "#MLI002", EVENT_FILE, "sample-events.csv", "sample-events.csv", "", -1,
            EventDate.month(2024, 1), List.of("Green Militia"), Taxonomy.PROTESTS, "Peaceful protest",
            List.of(), null, null, null, "Residents protested against the blockade.", null, Map.of()));
  }

  private static EventRecord event(int n, EventDate date, List<String> actors, String type, String subType,
      List<String> tags, Integer killed, Integer injured, String place, String text) {
    int paragraph = n <= 1 ? 0 : n == 8 ? 2 : 1;
    String section = paragraph == 0 ? "" : "Siege";
    return new EventRecord(REPORT + "#e" + n, REPORT, TITLE, FILE, section, paragraph, date, actors, type,
        subType, tags, killed, injured, place, text, null, Map.of());
  }

  /** Builds the fixture index in {@code dir} (actor aliases: "BF" and "Front bleu" for Blue Front). */
  public static void build(Path dir) throws IOException {
    Map<String, String> userData = Map.of(siege.schema.CommitData.ACTOR_ALIASES,
        siege.schema.StoredJson.encode(Map.of("Blue Front", List.of("BF", "Front bleu"))));
    IndexBuilder.rebuild(dir, userData, sink -> {
      sink.addReport(report());
      sink.addEvents(events());
      sink.addEvents(eventFileRows());
    });
  }
}
