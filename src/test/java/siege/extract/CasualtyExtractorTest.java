package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import siege.extract.CasualtyExtractor.Casualties;

class CasualtyExtractorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Shelling near the bank killed a child and injured 4 other people.          | 1    | 4",
      "Two were said to have been killed, and five injured.                       | 2    | 5",
      "The death toll was updated to five the next day.                           | 5    | -",
      "The general staff announced that 27 soldiers and 10 civilians had died.    | 37   | -",
      "Gunmen descended on the village and killed 35 civilians.                   | 35   | -",
      "A convoy struck a mine and 35 people were killed.                          | 35   | -",
      "The agency claimed that more than 400 of them were killed.                 | 400  | -",
      "The army said 14 attackers were neutralized and 31 suspects were arrested. | 14   | -",
      "The MSA estimated that more than 1,000 people had been killed.             | 1000 | -",
      "ACLED counted more than 900 deaths.                                        | 900  | -",
      "A militiaman was also wounded.                                             | -    | 1",
      "Nobody aboard was hurt.                                                    | -    | 0",
      "Dozens of people were killed.                                              | -    | -",
      "A bomb killed twenty-three soldiers and wounded thirty.                    | 23   | 30",
      "The group raised its claim to 200.                                         | 200  | -",
      "It happened 20 kilometres from town, where 3 were wounded.                 | -    | 3",
      "On 15 May 2023 they killed three herders.                                  | 3    | -",
      "About 40 tankers were torched, a source said.                              | -    | -"})
  void numbersKilledAndInjured(String sentence, Integer killed, Integer injured) {
    assertThat(CasualtyExtractor.extract(sentence)).isEqualTo(new Casualties(killed, injured));
  }
}
