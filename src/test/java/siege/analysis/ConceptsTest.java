package siege.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptsTest {
  @Test
  void everyEquivalenceGroupGetsAConceptNamedAfterItsFirstEntryAndOneWayRulesNone() {
    Thesaurus t = Thesaurus.of("t.txt", """
        car bomb, vbied, car packed with explosives
        suicide car bomb => suicide car bomb, car bomb
        bamako
        Gao, Gawgaw
        """);
    assertThat(t.equivalenceGroups()).containsExactly(
        List.of("car bomb", "vbied", "car packed with explosives"), List.of("Gao", "Gawgaw"));
    Concepts c = Concepts.of(t, TextAnalyzer.stemmed());
    assertThat(c.all()).containsExactly("#car_bomb", "#gao");
    assertThat(c.membersOf("#car_bomb")).containsExactlyInAnyOrder(
        List.of("car", "bomb"), List.of("vby"), List.of("car", "packed", "with", "explosive"));
    assertThat(c.conceptsOf(List.of("vby"))).as("as KStem analyses 'vbied'").containsExactly("#car_bomb");
    assertThat(c.conceptsOf(List.of("suicide", "car", "bomb"))).isEmpty();
  }

  @Test
  void groupsWhoseEntriesAnalyseAlikeGetNoConceptAndSameFirstEntriesGetDistinctOnes() {
    Concepts c = Concepts.of(Thesaurus.of("t.txt", "shelling, shelled\nstrike, walkout\nstrike, raid\n"),
        TextAnalyzer.stemmed());
    assertThat(c.all()).containsExactly("#strike", "#strike.2");
    assertThat(c.conceptsOf(List.of("strike"))).containsExactly("#strike", "#strike.2");
  }

  @Test
  void escapedCommasStayInTheEntry() {
    assertThat(Thesaurus.of("t.txt", "a\\, b, c").equivalenceGroups()).containsExactly(List.of("a, b", "c"));
  }

  @Test
  void theFingerprintFollowsTheGroupsOnly() {
    String ab = Thesaurus.of("t.txt", "a, b").fingerprint();
    assertThat(Thesaurus.of("other.txt", "# a comment\na, b\nx => y, z\n").fingerprint()).isEqualTo(ab);
    assertThat(Thesaurus.of("t.txt", "a, b, c").fingerprint()).isNotEqualTo(ab);
    assertThat(Thesaurus.of("t.txt", "a\nb").fingerprint()).isNotEqualTo(ab);
    assertThat(Thesaurus.builtIn().fingerprint()).isEqualTo(SiegeAnalyzers.thesaurusFingerprint());
  }

  @Test
  void theBuiltInThesaurusGivesTheIndexItsConcepts() {
    Concepts c = SiegeAnalyzers.concepts();
    assertThat(c.conceptsOf(List.of("shell"))).containsExactly("#shell");
    assertThat(c.membersOf("#shell")).contains(List.of("mortar", "fire"), List.of("artillery"), List.of("rocket"));
    assertThat(c.conceptsOf(List.of("indirect", "fire"))).as("one-way rule").isEmpty();
  }
}
