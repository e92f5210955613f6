package siege.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import siege.model.Kind;

/** Searches over the events extracted from the shipped corpus (issue 2's "done when"). */
class TimbuktuSearchTest extends CorpusSearchTest {
  @Test
  void carBombFindsTheTwentySeventhOfSeptember() throws Exception {
    SearchResult r = service.search(SearchRequest.of("car bomb"));
    assertThat(r.hits().get(0).date()).isEqualTo("2023-09-27");
    assertThat(r.hits()).anySatisfy(h -> {
      assertThat(h.kind()).isEqualTo("event");
      assertThat(h.date()).isEqualTo("2023-09-27");
      assertThat(h.report()).isEqualTo("siege-of-timbuktu");
      assertThat(h.snippet()).contains("<mark>car bomb</mark>");
    });
  }

  @Test
  void septemberShellingIsTheEleventhAndTheTwentyFirst() throws Exception {
    SearchRequest req = new SearchRequest("shelling", null, List.of("2023-09"), null, null, null, null,
        List.of("siege-of-timbuktu"), null, null, SortOrder.DATE, 1, 100);
    SearchResult r = service.search(req);
    assertThat(r.hits()).extracting(SearchHit::date).containsExactly("2023-09-11", "2023-09-21");
    // the month facet still counts August's shelling (drill sideways), the hits do not show it
    assertThat(r.facets().get("month")).extracting(FacetValue::value).contains("2023-08", "2023-09");
  }

  @Test
  void septemberShellingAcrossTheCorpusHasNothingFromAugust() throws Exception {
    SearchRequest req = new SearchRequest("shelling", null, List.of("2023-09"), null, null, null, null,
        null, null, null, SortOrder.DATE, 1, 100);
    SearchResult r = service.search(req);
    assertThat(r.hits()).filteredOn(h -> h.kind().equals("event")).extracting(SearchHit::date)
        .containsExactly("2023-09-11", "2023-09-21");
    assertThat(r.hits()).noneMatch(h -> h.month() != null && h.month().startsWith("2023-08"));
  }

  @Test
  void aReportsEventsAreListedByKindAndReport() throws Exception {
    SearchRequest req = new SearchRequest("", Set.of(Kind.EVENT), null, null, null, null, null,
        List.of("siege-of-timbuktu"), null, null, SortOrder.DATE, 1, 100);
    SearchResult r = service.search(req);
    assertThat(r.hits()).extracting(SearchHit::date)
        .contains("2023-08-08", "2023-08-26", "2023-08-30", "2023-09-11", "2023-09-21", "2023-09-22",
            "2023-09-27", "2023-12", "2025-06");
    SearchResult wagner = service.search(new SearchRequest("", Set.of(Kind.EVENT), null, List.of("Wagner Group"),
        null, null, null, null, null, null, SortOrder.DATE, 1, 100));
    assertThat(wagner.hits()).extracting(SearchHit::date).contains("2023-08-30");
  }
}
