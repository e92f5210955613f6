package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import siege.extract.EventClassifier.ActorRole;
import siege.extract.EventClassifier.Classification;

class EventClassifierTest {
  private static final EventClassifier RULES = EventClassifier.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Rebels shelled the airport overnight.                       | Explosions/Remote violence | Shelling/artillery/missile attack",
      "Mortar rounds landed near the market.                       | Explosions/Remote violence | Shelling/artillery/missile attack",
      "Artillery fire hit the northern district.                   | Explosions/Remote violence | Shelling/artillery/missile attack",
      "The attack began with a car packed with explosives.         | Explosions/Remote violence | Remote explosive/landmine/IED",
      "A VBIED exploded at the gate.                               | Explosions/Remote violence | Remote explosive/landmine/IED",
      "A convoy struck a homemade mine.                            | Explosions/Remote violence | Remote explosive/landmine/IED",
      "A suicide bomber drove a truck bomb into the camp.          | Explosions/Remote violence | Suicide bomb",
      "The army carried out air strikes around the village.        | Explosions/Remote violence | Air/drone strike",
      "A drone struck a pickup truck.                              | Explosions/Remote violence | Air/drone strike",
      "Gunmen stormed the town hall.                               | Battles                    | Armed clash",
      "Fighters ambushed a patrol on the road.                     | Battles                    | Armed clash",
      "Clashes continued for hours.                                | Battles                    | Armed clash",
      "Gunmen killed 35 civilians in the village.                  | Violence against civilians | Attack",
      "Armed men executed men and looted homes.                    | Violence against civilians | Attack",
      "Six lorry drivers were abducted on the corridor.            | Violence against civilians | Abduction/forced disappearance",
      "Militants kidnapped two teachers.                           | Violence against civilians | Abduction/forced disappearance",
      "Police arrested 31 suspects.                                | Strategic developments     | Arrests",
      "The two sides agreed to a truce.                            | Strategic developments     | Agreement",
      "Dozens of lorries went up in flames.                        | Strategic developments     | Looting/property destruction",
      "Residents protested against the curfew in the square.       | Protests                   | Peaceful protest",
      "Youths rioted after the arrests were announced.             | Riots                      | Violent demonstration"})
  void typesFromKeywords(String sentence, String type, String sub) {
    Classification c = RULES.classify(sentence, ActorRole.UNKNOWN);
    assertThat(c.eventType()).isEqualTo(type);
    assertThat(c.subEventType()).isEqualTo(sub);
  }

  @Test
  void territoryChangeDependsOnWhoActs() {
    String s = "They seized the base after heavy fighting.";
    assertThat(RULES.classify(s, ActorRole.NON_STATE).subEventType()).isEqualTo("Non-state actor overtakes territory");
    assertThat(RULES.classify(s, ActorRole.STATE).subEventType()).isEqualTo("Government regains territory");
    assertThat(RULES.classify("The army retook the town.", ActorRole.STATE).subEventType())
        .isEqualTo("Government regains territory");
    // "seized power" is a coup, not territory
    assertThat(RULES.classify("The captain seized power in a coup.", ActorRole.NON_STATE).subEventType())
        .isNotEqualTo("Non-state actor overtakes territory");
    // without a known actor the battle words decide
    assertThat(RULES.classify(s, ActorRole.UNKNOWN).subEventType()).isEqualTo("Armed clash");
  }

  @Test
  void tagsForSiegeHappenings() {
    assertThat(RULES.classify("JNIM imposed a complete blockade upon the city.", ActorRole.UNKNOWN).tags())
        .containsExactly("blockade");
    assertThat(RULES.classify("The town was encircled and cut off.", ActorRole.UNKNOWN).tags()).containsExactly("blockade");
    assertThat(RULES.classify("Some 33,000 have fled; refugees arrived daily.", ActorRole.UNKNOWN).tags())
        .containsExactly("displacement");
    assertThat(RULES.classify("The blockade has sparked food and aid shortages.", ActorRole.UNKNOWN).tags())
        .containsExactly("blockade", "aid disruption");
    assertThat(RULES.classify("The airline ceased flights to the city.", ActorRole.UNKNOWN).tags())
        .containsExactly("transport disruption");
    assertThat(RULES.classify("Haulage firms suspended their trips toward the capital.", ActorRole.UNKNOWN).tags())
        .containsExactly("transport disruption");
    assertThat(RULES.classify("The death toll was updated to five the next day.", ActorRole.UNKNOWN).tags())
        .containsExactly("casualty update");
    assertThat(RULES.classify("Analysts saw the campaign as an attempt to turn the population.", ActorRole.UNKNOWN).isEmpty())
        .isTrue();
  }

  @Test
  void commentaryIsRecognised() {
    assertThat(RULES.isCommentary("Analysts saw the campaign as an attempt to turn the population.")).isTrue();
    assertThat(RULES.isCommentary("Observers saw the talks as an attempt to buy time.")).isTrue();
    assertThat(RULES.isCommentary("The FAMa described the ambush as a terrorist assault.")).isFalse();
    assertThat(RULES.isCommentary("JNIM attacked the base.")).isFalse();
  }

  @Test
  void matchingIgnoresCaseAndAccents() {
    assertThat(RULES.classify("SHELLING resumed.", ActorRole.UNKNOWN).subEventType())
        .isEqualTo("Shelling/artillery/missile attack");
    assertThat(RULES.classify("Les réfugiés fled.", ActorRole.UNKNOWN).tags()).contains("displacement");
  }

  @Test
  void actionVerbsAndFallback() {
    assertThat(RULES.hasActionVerb("the soldiers were buried in the capital")).isTrue();
    assertThat(RULES.hasActionVerb("the town is large")).isFalse();
    assertThat(RULES.fallback()).isEqualTo(java.util.Map.entry("Strategic developments", "Other"));
  }

  @Test
  void rulesFileErrorsNameTheLine() {
    assertThatThrownBy(() -> EventClassifier.parse("r.txt", "[types]\nBattles > Dancing <- dance\n"))
        .hasMessage("r.txt:2: 'Battles > Dancing' is not an ACLED event type and one of its sub-types");
    assertThatThrownBy(() -> EventClassifier.parse("r.txt", "[tags]\nfun <- party\n"))
        .hasMessageStartingWith("r.txt:2: unknown tag 'fun'");
    assertThatThrownBy(() -> EventClassifier.parse("r.txt", "[types]\nBattles > Armed clash <- (unclosed\n"))
        .hasMessageStartingWith("r.txt:2: bad pattern");
    EventClassifier own = EventClassifier.parse("r.txt", "[types]\nRiots > Mob violence <- \\blynch\\w*\n");
    assertThat(own.classify("A crowd lynched a thief.", ActorRole.UNKNOWN).subEventType()).isEqualTo("Mob violence");
  }
}
