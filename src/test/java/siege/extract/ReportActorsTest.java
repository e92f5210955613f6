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

  private static final Report TWO_STATES = TestReports.parse("v", """
      = Siege of Thirdtown =
      Infobox
      - Combatant1: Mali, Niger
      - Combatant2: Jama'at Nasr al-Islam wal Muslimin

      Text.
      """);

  @Test
  void armyWordsMeanTheOnlyStateCombatant() {
    ReportActors a = actors(TWO_ENEMIES);
    assertThat(a.stateTarget()).isEqualTo("Burkina Faso");
    assertThat(a.find("On 3 May, the army shelled positions east of the town.")).containsExactly("Burkina Faso");
    assertThat(a.find("Twelve soldiers were killed when their vehicle hit a mine.")).containsExactly("Burkina Faso");
    assertThat(a.find("Government troops retook the bridge; the air force struck the hills."))
        .containsExactly("Burkina Faso");
    assertThat(a.find("Ansarul Islam ambushed the troops near the well."))
        .containsExactly("Ansarul Islam", "Burkina Faso");
  }

  @Test
  void armyWordsStayUnresolvedWhenTheyNameAnotherForceOrAPlace() {
    ReportActors a = actors(TWO_ENEMIES);
    // another force, named by a word the directory does not know
    assertThat(a.find("Zorgandian soldiers crossed the border.")).isEmpty();
    // "military" and "army" as modifiers of a place or a speaker
    assertThat(a.find("Militants shelled the military airport.")).isEmpty();
    assertThat(a.find("An army spokesman said the army camp was quiet.")).isEmpty();
    // two states fight on one side: "the army" is ambiguous
    assertThat(TestReports.learnt(List.of(TWO_STATES)).forReport(TWO_STATES).stateTarget()).isNull();
    assertThat(TestReports.learnt(List.of(TWO_STATES)).forReport(TWO_STATES).find("The army withdrew.")).isEmpty();
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
