package siege.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import siege.schema.Fields;

class SiegeAnalyzersTest {
  private static final Analyzer INDEX = SiegeAnalyzers.indexAnalyzer();
  /** The index chains without the concept terms of the text field. */
  private static final Analyzer PLAIN = SiegeAnalyzers.plainAnalyzer();
  private static final Map<String, Set<String>> ALIASES = Map.of(
      "Jama'at Nasr al-Islam wal Muslimin", Set.of("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"),
      "Mali", Set.of("FAMA", "Malian army", "Malian Armed Forces"),
      "Wagner Group", Set.of("Wagner", "Africa Corps"));

  /** The index form of one word on the stemmed field. */
  private static String stem(String word) {
    return Tokens.of(INDEX, Fields.TEXT, word).terms().get(0);
  }

  @Test
  void textIsTokenisedLowerCasedFoldedAndStemmed() {
    assertThat(Tokens.of(PLAIN, Fields.TEXT, "JNIM's shelling of Kobanî, per Goïta").terms())
        .containsExactly("jnim", "shell", "of", "kobani", "per", "goita");
  }

  @Test
  void shellShelledShellingMeet() {
    assertThat(Tokens.of(PLAIN, Fields.TEXT, "shell shelled shelling shells").terms()).containsOnly("shell");
    assertThat(Tokens.of(PLAIN, Fields.TEXT, "killed kills kill").terms()).containsOnly("kill");
    assertThat(Tokens.of(PLAIN, Fields.TEXT, "arrested arrests").terms()).containsOnly("arrest");
  }

  @Test
  void curlyApostrophesAndPossessivesNormaliseLikeStraightOnes() {
    assertThat(Tokens.of(INDEX, Fields.TEXT, "Jama’at JNIM’s").terms())
        .isEqualTo(Tokens.of(INDEX, Fields.TEXT, "Jama'at JNIM").terms());
  }

  @Test
  void exactFieldIsNotStemmed() {
    assertThat(Tokens.of(INDEX, Fields.TEXT_EXACT, "Shelled Ménaka's airports").terms())
        .containsExactly("shelled", "menaka", "airports");
  }

  @Test
  void titleSectionAndPlaceUseTheStemmedChain() {
    for (String field : new String[] {Fields.TITLE, Fields.SECTION, Fields.PLACE}) {
      assertThat(Tokens.of(INDEX, field, "Sieges of Tombouctou").terms()).containsExactly("siege", "of", "tombouctou");
    }
  }

  @Test
  void keywordFieldsStayOneTerm() {
    for (String field : new String[] {Fields.ACTOR, Fields.ID, Fields.REPORT, Fields.EVENT_TYPE, Fields.MONTH}) {
      assertThat(Tokens.of(INDEX, field, "Wagner Group").terms()).containsExactly("Wagner Group");
    }
    assertThat(SiegeAnalyzers.isKeywordField(Fields.ACTOR)).isTrue();
    assertThat(SiegeAnalyzers.isKeywordField(Fields.TEXT)).isFalse();
  }

  @Test
  void indexAnalyserAddsTheConceptsOfThesaurusGroupsToTheTextFieldButNoSynonyms() {
    Tokens t = Tokens.of(INDEX, Fields.TEXT, "car bomb in Tombouctou");
    assertThat(t.tokens()).hasToString("[car@0, #car_bomb@0, bomb@1, in@2, tombouctou@3, #timbuktu@3]");
    assertThat(Tokens.of(PLAIN, Fields.TEXT, "car bomb in Tombouctou").terms())
        .containsExactly("car", "bomb", "in", "tombouctou");
    // the short fields keep query-time expansion only
    assertThat(Tokens.of(INDEX, Fields.TITLE, "car bomb in Tombouctou").terms())
        .containsExactly("car", "bomb", "in", "tombouctou");
    assertThat(Tokens.of(INDEX, Fields.TEXT_EXACT, "car bomb").terms()).containsExactly("car", "bomb");
  }

  @Test
  void queryAnalyserExpandsMultiWordSynonymsAsAGraph() {
    Analyzer query = SiegeAnalyzers.queryAnalyzer(Map.of());
    Tokens t = Tokens.of(query, Fields.TEXT_EXACT, "car bomb");
    // alternatives start where the query starts; a one-token synonym spans both query words
    assertThat(t.termsAt(0)).contains("car", "vbied", "truck");
    // the one-token synonym spans the whole query: it ends where the query's last word ends
    Tokens.Token vbied = t.tokens().stream().filter(x -> x.term().equals("vbied")).findFirst().orElseThrow();
    int end = t.tokens().stream().mapToInt(x -> x.position() + x.positionLength()).max().orElseThrow();
    assertThat(vbied.position() + vbied.positionLength()).isEqualTo(end);
    assertThat(t.terms()).contains("packed", "explosives", "borne", "ied");
  }

  @Test
  void synonymRulesMatchInflectedQueryWordsOnTheStemmedField() {
    Analyzer query = SiegeAnalyzers.queryAnalyzer(Map.of());
    assertThat(Tokens.of(query, Fields.TEXT, "car bombs").terms()).contains(stem("vbied"));
    assertThat(Tokens.of(query, Fields.TEXT, "airstrikes").terms()).contains("air", "drone");
    assertThat(Tokens.of(query, Fields.TEXT, "shelled").terms()).contains("mortar", "artillery", "bombardment");
  }

  @Test
  void placeSpellingsAreEquivalentAndAccentsFold() {
    Analyzer query = SiegeAnalyzers.queryAnalyzer(Map.of());
    assertThat(Tokens.of(query, Fields.TEXT, "Tombouctou").terms()).contains("timbuktu");
    assertThat(Tokens.of(query, Fields.TEXT, "Timbuktu").terms()).contains("tombouctou");
    assertThat(Tokens.of(query, Fields.TEXT_EXACT, "Minaka").terms()).contains("menaka");
  }

  @Test
  void oneWayRulesDoNotExpandBackwards() {
    Analyzer query = SiegeAnalyzers.queryAnalyzer(Map.of());
    assertThat(Tokens.of(query, Fields.TEXT, "siege").terms()).contains("blockade");
    assertThat(Tokens.of(query, Fields.TEXT, "blockade").terms()).doesNotContain("siege");
  }

  @Test
  void actorAliasesExpandBothWays() {
    Analyzer query = SiegeAnalyzers.queryAnalyzer(ALIASES);
    assertThat(Tokens.of(query, Fields.TEXT, "JNIM").terms())
        .contains("jnim", "jama'at", "nasr", "al", "islam", "wal", "muslimin", "nusrat");
    assertThat(Tokens.of(query, Fields.TEXT_EXACT, "Jama'at Nasr al-Islam wal Muslimin").terms()).contains("jnim");
    assertThat(Tokens.of(query, Fields.TEXT, "FAMa").terms()).contains("malian", "army", "armed", stem("forces"));
    assertThat(Tokens.of(query, Fields.TEXT_EXACT, "Malian army").terms()).contains("fama");
  }

  @Test
  void aliasesDoNotExpandToAnActorNamedAfterAPlace() {
    // "Mali" (the state) is a place in places.txt: a query for its army should not match every
    // mention of the country, while a query for the country still finds its forces
    Analyzer query = SiegeAnalyzers.queryAnalyzer(ALIASES);
    assertThat(Tokens.of(query, Fields.TEXT, "FAMA").terms()).doesNotContain("mali");
    assertThat(Tokens.of(query, Fields.TEXT, "Malian army").terms()).doesNotContain("mali");
    assertThat(Tokens.of(query, Fields.TEXT, "Mali").terms()).contains("fama", "army");
    // an actor not named after a place expands both ways
    assertThat(Tokens.of(query, Fields.TEXT, "Africa Corps").terms()).contains("wagner", "group");
  }

  @Test
  void aliasSharedByTwoActorsIsNotExpanded() {
    Analyzer query = SiegeAnalyzers.queryAnalyzer(Map.of(
        "Islamic State in the Greater Sahara", Set.of("ISGS", "Islamic State"),
        "Islamic State West Africa Province", Set.of("ISWAP", "Islamic State")));
    assertThat(Tokens.of(query, Fields.TEXT, "Islamic State").terms()).doesNotContain("isgs", "iswap");
    assertThat(Tokens.of(query, Fields.TEXT, "ISGS").terms()).contains("greater", "sahara");
  }

  @Test
  void queryAnalysersAreCachedPerAliasMap() {
    Analyzer a = SiegeAnalyzers.queryAnalyzer(ALIASES);
    Analyzer b = SiegeAnalyzers.queryAnalyzer(Map.copyOf(ALIASES));
    assertThat(a).isSameAs(b);
    assertThat(SiegeAnalyzers.queryAnalyzer(Map.of())).isNotSameAs(a);
    assertThat(SiegeAnalyzers.queryAnalyzer(null)).isSameAs(SiegeAnalyzers.queryAnalyzer(Map.of()));
  }

  @Test
  void keywordFieldsGetNoSynonymsAtQueryTime() {
    Analyzer query = SiegeAnalyzers.queryAnalyzer(ALIASES);
    assertThat(Tokens.of(query, Fields.ACTOR, "Wagner Group").terms()).containsExactly("Wagner Group");
  }
}
