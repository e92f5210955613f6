package siege.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import siege.model.Kind;

/**
 * Query features over the real corpus index: "did you mean", actor aliases in the text and in the
 * actor filter, synonyms and stems in snippets, negation without synonyms.
 */
class CorpusQueryFeaturesTest extends CorpusSearchTest {
  static SearchResult search(String q) throws Exception {
    return service.search(new SearchRequest(q, null, null, null, null, null, null, null, null, null, null, 1, 50));
  }

  static SearchResult events(String q, List<String> actors) throws Exception {
    return service.search(new SearchRequest(q, Set.of(Kind.EVENT), null, actors, null, null, null, null, null, null,
        SortOrder.DATE, 1, 100));
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void aTypoGetsACorrectionThatIsProposedNotRun() throws Exception {
    SearchResult typo = search("shleling");
    assertThat(typo.total()).isZero();
    assertThat(typo.query()).isEqualTo("shleling");
    assertThat(typo.didYouMean()).isEqualTo("shelling");
    assertThat(search(typo.didYouMean()).total()).isGreaterThan(typo.total());

    SearchResult place = search("Timbuktoo");
    assertThat(place.didYouMean()).isEqualTo("Timbuktu");
    assertThat(search("Timbuktoo airport").didYouMean()).isEqualTo("Timbuktu airport");
  }

  @Test
  void aLongQuotedPhraseOfSynonymRichWordsIsMatchedAsTypedInsteadOfRefused() throws Exception {
    // every word has synonyms: expanding them all would multiply into too many phrase paths
    assertThat(search("\"shelling artillery missile attack killed\"").total()).isZero();
    SearchResult typed = search("\"shelling near the Malian Solidarity Bank\"");
    assertThat(typed.hits()).extracting(SearchHit::text)
        .anySatisfy(t -> assertThat(t).contains("shelling near the Malian Solidarity Bank"));
  }

  @Test
  void aQueryThatFindsEnoughGetsNoCorrection() throws Exception {
    assertThat(search("shelling").didYouMean()).isNull();
    assertThat(search("").didYouMean()).isNull();
  }

  @Test
  void theCorrectionMustFindMoreWithTheSameFilters() throws Exception {
    // a typo of a word that only other reports use: the correction finds nothing in this report
    SearchRequest r = new SearchRequest("tankrs", null, null, null, null, null, null, List.of("siege-of-timbuktu"),
        null, null, null, 1, 10);
    assertThat(search("tankrs").didYouMean()).isEqualTo("tankers");
    assertThat(service.search(r).didYouMean()).isNull();
  }

  @Test
  void anAcronymFindsTheFullNameAndTheFullNameTheAcronym() throws Exception {
    // the sentences naming JNIM in full are marked where the full name stands
    assertThat(search("JNIM").hits()).anySatisfy(h ->
        assertThat(h.snippet()).contains("<mark>Jama&#x27;at Nasr al-Islam wal Muslimin</mark>"));
    // "JNIM militants attacked a military base" never spells the name out
    SearchResult full = search("Jama'at Nasr al-Islam wal Muslimin");
    assertThat(full.hits()).anySatisfy(h -> {
      assertThat(h.text()).contains("JNIM").doesNotContain("Jama'at");
      assertThat(h.snippet()).contains("<mark>JNIM</mark>");
    });
    assertThat(full.total()).isEqualTo(search("JNIM").total());
  }

  @Test
  void fAMaFindsTheMalianArmy() throws Exception {
    assertThat(search("FAMA").hits()).anySatisfy(h -> {
      assertThat(h.text()).contains("Malian army").doesNotContainIgnoringCase("FAMa");
      assertThat(h.snippet()).contains("<mark>Malian army</mark>");
    });
  }

  @Test
  void actorFiltersAndTheActorFieldAcceptAliases() throws Exception {
    List<String> canonical = ids(events("", List.of("Jama'at Nasr al-Islam wal Muslimin")));
    assertThat(canonical).isNotEmpty();
    assertThat(ids(events("", List.of("JNIM")))).isEqualTo(canonical);
    assertThat(ids(events("", List.of("jnim")))).isEqualTo(canonical);
    assertThat(ids(events("actor:JNIM", null))).isEqualTo(canonical);
    // FAMA is an alias of the state actor Mali
    List<String> mali = ids(events("", List.of("Mali")));
    assertThat(mali).isNotEmpty();
    assertThat(ids(events("", List.of("FAMA")))).isEqualTo(mali);
    assertThat(ids(events("actor:FAMa", null))).isEqualTo(mali);
    assertThat(events("", List.of("FAMA")).facets().get("actor")).extracting(FacetValue::value).contains("Mali");
  }

  @Test
  void snippetsMarkWhatMatchedThroughSynonymsAndStems() throws Exception {
    SearchResult vbied = search("VBIED");
    assertThat(vbied.hits()).extracting(SearchHit::snippet)
        .anySatisfy(s -> assertThat(s).contains("<mark>car bomb</mark>"))
        .anySatisfy(s -> assertThat(s).contains("<mark>car packed with explosives</mark>"));
    assertThat(search("shell").hits()).extracting(SearchHit::snippet)
        .anySatisfy(s -> assertThat(s).contains("<mark>shelled</mark>"))
        .anySatisfy(s -> assertThat(s).contains("<mark>Shelling</mark>"));
    // a phrase is marked as one phrase, not word by word
    assertThat(search("\"car bomb\"").hits()).extracting(SearchHit::snippet)
        .allSatisfy(s -> assertThat(s).doesNotContain("<mark>car</mark>"));
  }

  @Test
  void monthNamesMatchTheEventDateAndOnlyTextIsMarked() throws Exception {
    // "Shelling was reported at the airport on the day of the announcement" is dated 11 September
    SearchResult r = search("airport shelling September");
    SearchHit e9 = r.hits().stream().filter(h -> h.text().startsWith("Shelling was reported")).findFirst().orElseThrow();
    assertThat(e9.kind()).isEqualTo("event");
    assertThat(e9.month()).isEqualTo("2023-09");
    assertThat(e9.snippet()).contains("<mark>Shelling</mark>", "<mark>airport</mark>");
    // a month name alone finds the events of that month in any year, and the sentences saying it
    assertThat(search("September").hits()).filteredOn(h -> h.kind().equals("event"))
        .allSatisfy(h -> assertThat(h.month().endsWith("-09") || h.text().contains("September")).isTrue());
  }

  @Test
  void anActorNameFindsTheActorsEventsThatDoNotNameIt() throws Exception {
    SearchResult r = search("ISGS");
    assertThat(r.hits()).anySatisfy(h -> {
      assertThat(h.actors()).contains("Islamic State in the Greater Sahara");
      assertThat(h.text()).doesNotContain("ISGS").doesNotContain("Islamic State in the Greater Sahara");
      assertThat(h.snippet()).doesNotContain("<mark>");
    });
    // the sentences naming it come first
    assertThat(r.hits().get(0).snippet()).contains("<mark>ISGS</mark>");
  }

  @Test
  void negatedWordsAreSearchedWithoutSynonyms() throws Exception {
    SearchResult shelling = search("shelling");
    SearchResult notMortars = search("shelling -mortars");
    // only the sentences that say mortar(s) go; shelling without mortars stays
    assertThat(notMortars.total()).isPositive().isLessThan(shelling.total());
    assertThat(notMortars.hits()).allSatisfy(h -> assertThat(h.text().toLowerCase()).doesNotContain("mortar"));
    assertThat(shelling.hits()).filteredOn(h -> !h.text().toLowerCase().contains("mortar")).extracting(SearchHit::id)
        .containsExactlyInAnyOrderElementsOf(ids(notMortars));
  }

  @Test
  void wordsMayMatchInDifferentFields() throws Exception {
    // "Timbuktu" is in the report title, "shelling" in the sentence
    SearchResult r = search("Timbuktu shelling");
    assertThat(r.hits()).anySatisfy(h -> {
      assertThat(h.text()).doesNotContain("Timbuktu");
      assertThat(h.report()).isEqualTo("siege-of-timbuktu");
    });
  }
}
