package siege.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;
import siege.schema.Fields;

class ConceptFilterTest {
  private static final Thesaurus RULES = Thesaurus.of("test.txt", """
      # one-way rules are no group
      indirect fire => indirect fire, shelling
      shelling, shelled, mortar fire, bombardment, shell fire
      air strike, airstrike, aerial bombardment
      strike, walkout
      strike, raid
      """);
  private static final Analyzer TEXT = TextAnalyzer.stemmed().withConcepts(Concepts.of(RULES, TextAnalyzer.stemmed()));

  /** term@position[start-end] of every token. */
  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = TEXT.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        assertThat(len.getPositionLength()).as("a flat stream").isEqualTo(1);
        out.add(term + "@" + pos + "[" + text.substring(offset.startOffset(), offset.endOffset()) + "]");
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void aOneWordMemberGetsTheConceptAtItsPositionWithItsOffsets() {
    assertThat(tokens("the town was Shelled today")).containsExactly(
        "the@0[the]", "town@1[town]", "was@2[was]", "shell@3[Shelled]", "#shell@3[Shelled]", "today@4[today]");
  }

  @Test
  void aMultiWordMemberGetsTheConceptAtItsFirstWordWithTheOffsetsOfTheWholeMember() {
    assertThat(tokens("heavy mortar fire hit")).containsExactly(
        "heavy@0[heavy]", "mortar@1[mortar]", "#shell@1[mortar fire]", "fire@2[fire]", "hit@3[hit]");
  }

  @Test
  void aWordOfAMultiWordMemberOfAnotherGroupGetsItsOwnConceptToo() {
    // "aerial bombardment" is an air strike; its "bombardment" is a member of the shelling group
    assertThat(tokens("aerial bombardment")).containsExactly(
        "aerial@0[aerial]", "#air_strike@0[aerial bombardment]", "bombardment@1[bombardment]",
        "#shell@1[bombardment]");
  }

  @Test
  void aWordInTwoGroupsGetsBothConcepts() {
    assertThat(tokens("a strike")).containsExactly("a@0[a]", "strike@1[strike]", "#strike@1[strike]", "#strike.2@1[strike]");
  }

  @Test
  void twoMembersOfOneGroupAtOnePositionGiveOneConceptSpanningTheLongest() {
    assertThat(tokens("shell fire")).containsExactly("shell@0[shell]", "#shell@0[shell fire]", "fire@1[fire]");
  }

  @Test
  void wordsInNoGroupAndUnfinishedMembersGetNoConcept() {
    assertThat(tokens("the market reopened")).containsExactly("the@0[the]", "market@1[market]", "reopen@2[reopened]");
    assertThat(tokens("indirect fire from a mortar")).containsExactly(
        "indirect@0[indirect]", "fire@1[fire]", "from@2[from]", "a@3[a]", "mortar@4[mortar]");
    assertThat(tokens("")).isEmpty();
  }

  @Test
  void theStreamCanBeReused() {
    assertThat(tokens("mortar fire")).isEqualTo(tokens("mortar fire"));
    assertThat(tokens("airstrike")).containsExactly("airstrike@0[airstrike]", "#air_strike@0[airstrike]");
  }
}
