package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcronymDefinitionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The jihadist organisation Jama'at Nasr al-Islam wal Muslimin (JNIM) has imposed | JNIM | Jama'at Nasr al-Islam wal Muslimin",
      "The Malian Armed Forces (FAMa) answered with air strikes | FAMa | Malian Armed Forces",
      "a shepherd who later spoke to Human Rights Watch (HRW). | HRW | Human Rights Watch",
      "the Islamic State in the Greater Sahara (ISGS), which | ISGS | Islamic State in the Greater Sahara",
      "the Imghad Tuareg Self-Defense Group and Allies (GATIA). | GATIA | Imghad Tuareg Self-Defense Group and Allies",
      "The Burkina Information Agency (AIB), the state news agency | AIB | Burkina Information Agency",
      "the Armed Conflict Location and Event Data project (ACLED) counted | ACLED | Armed Conflict Location and Event Data project",
      "helicopters of the World Food Programme (WFP) flying | WFP | World Food Programme",
      "the Kivu Security Tracker (KST) said | KST | Kivu Security Tracker"})
  void findsTheLongFormBeforeTheAcronym(String text, String acronym, String longForm) {
    assertThat(AcronymDefinitions.find(text))
        .containsExactly(new AcronymDefinitions.Definition(acronym, longForm));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "27 soldiers were killed at Gaskindé (2022).",
      "the Wagner Group (alleged by JNIM) was there",
      "the UN refugee agency (UNHCR) counted arrivals",
      "it was reported by a local source (AFP)."})
  void parenthesesThatDefineNothingAreIgnored(String text) {
    assertThat(AcronymDefinitions.find(text)).isEmpty();
  }
}
