package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  @Test
  void splitsAtFullStopsBeforeCapitalsAndDigits() {
    assertThat(SentenceSplitter.split("The town fell. 200 people fled! Was it over? No."))
        .containsExactly("The town fell.", "200 people fled!", "Was it over?", "No.");
  }

  @Test
  void abbreviationsInitialsAndDottedAcronymsDoNotSplit() {
    String text = "Gen. Moussa met Lt. Col. Diarra at St. Louis and the U.S. envoy J. Smith. "
        + "The convoy used road no. 5 past Mt. Hombori.";
    assertThat(SentenceSplitter.split(text)).containsExactly(
        "Gen. Moussa met Lt. Col. Diarra at St. Louis and the U.S. envoy J. Smith.",
        "The convoy used road no. 5 past Mt. Hombori.");
  }

  @Test
  void decimalsAndThousandsDoNotSplit() {
    assertThat(SentenceSplitter.split("Prices rose 3.5 times. Some 33,000 fled. It cost $1.2 million."))
        .containsExactly("Prices rose 3.5 times.", "Some 33,000 fled.", "It cost $1.2 million.");
  }

  @Test
  void lowerCaseAfterStopIsNotANewSentence() {
    assertThat(SentenceSplitter.split("They left approx. ten days later. Then they returned."))
        .containsExactly("They left approx. ten days later.", "Then they returned.");
  }

  @Test
  void semicolonBetweenTwoClausesSeparatesHappenings() {
    assertThat(SentenceSplitter.split("Six drivers were abducted on the road; they were freed the following day."))
        .containsExactly("Six drivers were abducted on the road", "they were freed the following day.");
    // a short list item is not a clause of its own
    assertThat(SentenceSplitter.split("Targets: the base; the airport; the market were hit."))
        .hasSize(1);
  }

  @Test
  void quotesAndParenthesesAfterTheStopStayWithTheSentence() {
    assertThat(SentenceSplitter.split("He said \"we will return.\" The next day they did."))
        .containsExactly("He said \"we will return.\"", "The next day they did.");
    assertThat(SentenceSplitter.split("")).isEmpty();
  }
}
