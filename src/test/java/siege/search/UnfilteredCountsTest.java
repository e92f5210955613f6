package siege.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.index.IndexBuilder;
import siege.model.EventDate;
import siege.model.EventRecord;
import siege.model.Kind;
import siege.model.Paragraph;
import siege.model.Report;
import siege.model.Taxonomy;

/**
 * The counts of unfiltered requests are cached per index snapshot: the same answers as counting,
 * and a refresh after a rebuild serves the new index's counts, never the old ones.
 */
class UnfilteredCountsTest {
  private static final String NEW_REPORT = "siege-of-newtown";
  private static final String NEW_ACTOR = "Yellow Brigade";

  private static Report newReport() {
    return new Report(NEW_REPORT, "Siege of Newtown", Map.of("Date", "2022-03-01"), List.of(
        new Paragraph(NEW_REPORT, 0, "", "On 4 March 2022, the Yellow Brigade shelled Newtown.", 3)),
        "siege-of-newtown.txt");
  }

  private static EventRecord newEvent() {
    return new EventRecord(NEW_REPORT + "#e1", NEW_REPORT, "Siege of Newtown", "siege-of-newtown.txt", "", 0,
        EventDate.day(LocalDate.of(2022, 3, 4)), List.of(NEW_ACTOR), Taxonomy.EXPLOSIONS, IndexFixtures.SHELLING,
        List.of(), null, null, null, "On 4 March 2022, the Yellow Brigade shelled Newtown.", null, Map.of());
  }

  private static void rebuildWithNewReport(Path dir) throws IOException {
    IndexBuilder.rebuild(dir, Map.of(), sink -> {
      sink.addReport(IndexFixtures.report());
      sink.addEvents(IndexFixtures.events());
      sink.addEvents(IndexFixtures.eventFileRows());
      sink.addReport(newReport());
      sink.addEvents(List.of(newEvent()));
    });
  }

  private static SearchRequest empty(Set<Kind> kinds) {
    return new SearchRequest("", kinds, null, null, null, null, null, null, null, null, null, 1, 10);
  }

  private static long count(List<FacetValue> values, String value) {
    return values.stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count).sum();
  }

  @Test
  void aRefreshAfterARebuildServesTheNewCounts(@TempDir Path dir) throws Exception {
    IndexFixtures.build(dir);
    try (LuceneSearchService service = LuceneSearchService.open(dir)) {
      SearchResult before = service.search(SearchRequest.of(""));
      SearchResult eventsBefore = service.search(empty(Set.of(Kind.EVENT)));
      assertThat(before.total()).isEqualTo(8 + 2 + 3);
      assertThat(eventsBefore.total()).isEqualTo(8 + 2);
      assertThat(count(before.facets().get("actor"), NEW_ACTOR)).isZero();
      assertThat(count(service.facets().get("month"), "2022-03")).isZero();

      rebuildWithNewReport(dir);
      // the same snapshot until refreshed: the same counts, from the cache
      assertThat(service.search(SearchRequest.of(""))).usingRecursiveComparison().ignoringFields("tookMs")
          .isEqualTo(before);

      service.refresh();
      SearchResult after = service.search(SearchRequest.of(""));
      SearchResult eventsAfter = service.search(empty(Set.of(Kind.EVENT)));
      assertThat(after.total()).isEqualTo(before.total() + 2); // one event and one paragraph more
      assertThat(eventsAfter.total()).isEqualTo(eventsBefore.total() + 1);
      assertThat(count(after.facets().get("actor"), NEW_ACTOR)).isEqualTo(1); // the new event
      assertThat(count(eventsAfter.facets().get("actor"), NEW_ACTOR)).isEqualTo(1);
      assertThat(count(eventsAfter.facets().get("month"), "2022-03")).isEqualTo(1);
      assertThat(count(service.facets().get("actor"), NEW_ACTOR)).isEqualTo(1);
      assertThat(count(eventsAfter.facets().get("actor"), "Blue Front"))
          .isEqualTo(count(eventsBefore.facets().get("actor"), "Blue Front"));
    }
  }

  @Test
  void cachedCountsEqualTheCountsOfTheSameRequestWithAQuery(@TempDir Path dir) throws Exception {
    IndexFixtures.build(dir);
    try (LuceneSearchService service = LuceneSearchService.open(dir)) {
      for (Set<Kind> kinds : List.of(Set.of(Kind.EVENT), Set.of(Kind.PARAGRAPH), Set.of(Kind.REPORT),
          Set.of(Kind.EVENT, Kind.PARAGRAPH, Kind.REPORT))) {
        SearchResult cached = service.search(empty(kinds));
        // a date range covering everything dated leaves the cache; undated documents drop out of it
        SearchResult counted = service.search(new SearchRequest("", kinds, null, null, null, null, null, null,
            LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1), null, 1, 10));
        assertThat(cached.total()).isGreaterThanOrEqualTo(counted.total());
        assertThat(cached.facets().get("month")).isEqualTo(counted.facets().get("month"));
        // the cache is filled once per kind set: asking again gives the same object
        assertThat(service.search(empty(kinds)).facets()).isSameAs(cached.facets());
      }
    }
  }
}
