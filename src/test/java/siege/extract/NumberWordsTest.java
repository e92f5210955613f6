package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

  @ParameterizedTest
  @CsvSource({
      "35, 35", "'33,000', 33000", "five, 5", "Twelve, 12", "thirty-five, 35", "twenty one, 21",
      "a hundred, 100", "two hundred and fifty, 250", "three thousand, 3000",
      "one thousand two hundred, 1200", "a dozen, 12", "four million, 4000000", "nineteen, 19"})
  void parsesDigitsAndWords(String text, int expected) {
    assertThat(NumberWords.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dozens", "scores", "several", "many", "hundreds", "", "a", "five people"})
  void vagueAmountsAreNotNumbers(String text) {
    assertThat(NumberWords.parse(text)).isNull();
  }
}
