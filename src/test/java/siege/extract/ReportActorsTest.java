package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import siege.model.Report;

class ReportActorsTest {
  private static final Report ONE_ENEMY = TestReports.parse("t", """
      = Siege of Testtown =
      Infobox
      - Combatant1: Mali, Wagner Group
      - Combatant2: Jama'at Nasr al-Islam wal Muslimin

      Jama'at Nasr al-Islam wal Muslimin (JNIM) besieged the town.
      """);
  private static final Report TWO_ENEMIES = TestReports.parse("u", """
      = Siege of Othertown =
      Infobox
      - Combatant1: Burkina Faso
      - Combatant2: Jama'at Nasr al-Islam wal Muslimin, Ansarul Islam

      Text.
      """);

  private static ReportActors actors(Report r) {
    return TestReports.learnt(List.of(ONE_ENEMY, TWO_ENEMIES, r)).forReport(r);
  }

  @Test
  void genericWordsMeanTheOnlyNonStateCombatant() {
    ReportActors a = actors(ONE_ENEMY);
    assertThat(a.genericTarget()).isEqualTo("Jama'at Nasr al-Islam wal Muslimin");
    assertThat(a.find("Shelling near the bank by jihadists killed a child."))
        .containsExactly("Jama'at Nasr al-Islam wal Muslimin");
    assertThat(a.find("The insurgents agreed; the group later said so; the attackers fled."))
        .containsExactly("Jama'at Nasr al-Islam wal Muslimin");
  }

  @Test
  void genericWordsResolveToNothingWhenTheSideIsAmbiguous() {
    ReportActors a = actors(TWO_ENEMIES);
    assertThat(a.genericTarget()).isNull();
    assertThat(a.find("On 26 September, jihadists ambushed a convoy.")).isEmpty();
  }

  @Test
  void statePhrasesAcronymsAndNamesInMentionOrder() {
    ReportActors a = actors(ONE_ENEMY);
    assertThat(a.find("JNIM claimed to have attacked a Malian military base, nor did the FAMA confirm it."))
        .containsExactly("Jama'at Nasr al-Islam wal Muslimin", "Mali");
    assertThat(a.find("The airport was used by Wagner Group mercenaries and the Malian army."))
        .containsExactly("Wagner Group", "Mali");
    assertThat(a.find("They fled air strikes by the Malian and Nigerien armies."))
        .containsExactly("Mali", "Niger");
    assertThat(a.find("Niger's army joined operations in March.")).containsExactly("Niger");
    assertThat(a.find("On 24 October, the United States authorised staff to leave.")).containsExactly("United States");
    assertThat(a.find("The US embassy urged citizens to depart.")).containsExactly("United States");
  }

  @Test
  void countryNamesAsPlacesAreNotActors() {
    ReportActors a = actors(ONE_ENEMY);
    assertThat(a.find("A blockade upon the city of Timbuktu, Mali since August.")).isEmpty();
    assertThat(a.find("Thousands fled to Mauritania and into Niger.")).isEmpty();
    assertThat(a.find("Fuel came from Senegal and Côte d'Ivoire.")).isEmpty();
  }

  @Test
  void organisationsMarkedByTheTextAreActors() {
    ReportActors a = actors(ONE_ENEMY);
    assertThat(a.find("On 11 September, Sky Mali, the last commercial airline still flying to Timbuktu, stated they had ceased flights."))
        .containsExactly("Sky Mali");
    assertThat(a.find("The Sahel Truckers Union said 40 tankers burned.")).containsExactly("Sahel Truckers Union");
    assertThat(a.find("Barbara Manzi, the resident coordinator, visited.")).isEmpty();
    assertThat(a.find("On 3 May, Kora Express, a bus company, suspended its trips.")).containsExactly("Kora Express");
  }

  @Test
  void shortFormOfACombatantNameMeansThatCombatant() {
    Report menaka = TestReports.parse("m", """
        = M =
        Infobox
        - Combatant1: Mali
        - Combatant2: Islamic State in the Greater Sahara

        Text.
        """);
    ReportActors a = actors(menaka);
    assertThat(a.find("Islamic State fighters entered the village.")).containsExactly("Islamic State in the Greater Sahara");
    assertThat(a.isStateAligned("Mali")).isTrue();
    assertThat(a.isStateAligned("Islamic State in the Greater Sahara")).isFalse();
  }
}
