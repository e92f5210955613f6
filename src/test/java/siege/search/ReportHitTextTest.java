package siege.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import siege.corpus.ReportParser;
import siege.model.Kind;
import siege.model.Report;

/**
 * Report documents index their whole text but do not store it: a report hit's text is rebuilt from
 * its paragraphs and must be the report's full text, highlighted like the other kinds.
 */
class ReportHitTextTest extends CorpusSearchTest {

  private static SearchResult reports(String q) throws Exception {
    return service.search(new SearchRequest(q, Set.of(Kind.REPORT), null, null, null, null, null, null, null, null,
        null, 1, 10));
  }

  @Test
  void reportHitTextIsTheReportsFullText() throws Exception {
    Report timbuktu = ReportParser.parse("siege-of-timbuktu", "siege-of-timbuktu.txt",
        Files.readString(Path.of("corpus/siege-of-timbuktu.txt")));
    SearchHit hit = reports("timbuktu").hits().stream()
        .filter(h -> h.id().equals("siege-of-timbuktu")).findFirst().orElseThrow();
    assertThat(hit.kind()).isEqualTo("report");
    assertThat(hit.text()).isEqualTo(timbuktu.fullText());
  }

  @Test
  void reportHitsAreHighlightedOnTheirRebuiltText() throws Exception {
    SearchResult r = reports("\"car bomb\"");
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>"));
    // a stemmed word: "shelling" marks "shelled" too
    assertThat(reports("shelling").hits()).anySatisfy(h -> assertThat(h.snippet()).containsPattern("<mark>[Ss]hell"));
  }

  @Test
  void blankQueryShowsTheStartOfTheRebuiltText() throws Exception {
    SearchHit hit = reports("").hits().get(0);
    assertThat(hit.snippet()).isNotBlank();
    assertThat(hit.text()).startsWith(hit.reportTitle() + "\n\n");
  }
}
