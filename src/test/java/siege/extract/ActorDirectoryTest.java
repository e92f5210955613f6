package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import siege.model.Report;

class ActorDirectoryTest {
  private static final String TIMBUKTU_LIKE = """
      = Siege of Testtown =
      Infobox
      - Date: 2023-08-08
      - Combatant1: Mali, 20px Wagner Group (alleged by JNIM)
      - Combatant2: Jama'at Nasr al-Islam wal Muslimin
      - Commander1: Assimi Goïta

      The group Jama'at Nasr al-Islam wal Muslimin (JNIM) besieged Testtown.
      """;

  @Test
  void infoboxNamesAreCleanedOfRemarksAndImageSizes() {
    Report r = TestReports.parse("t", TIMBUKTU_LIKE);
    assertThat(ActorDirectory.infoboxActors(r))
        .containsExactly("Mali", "Wagner Group", "Jama'at Nasr al-Islam wal Muslimin", "Assimi Goïta");
  }

  @Test
  void infoboxNameIsCanonicalAndAcronymsCuratedAliasesAndDemonymsResolveToIt() {
    ActorDirectory d = ActorDirectory.withCuratedAliases();
    d.learn(TestReports.parse("t", TIMBUKTU_LIKE));
    assertThat(d.resolve("JNIM")).contains("Jama'at Nasr al-Islam wal Muslimin");
    assertThat(d.resolve("jnim")).contains("Jama'at Nasr al-Islam wal Muslimin");
    assertThat(d.resolve("Jama’at Nasr al-Islam wal-Muslimin")).contains("Jama'at Nasr al-Islam wal Muslimin");
    assertThat(d.resolve("Wagner")).contains("Wagner Group");
    assertThat(d.resolve("FAMA")).contains("Mali");
    assertThat(d.resolve("FAMa")).contains("Mali");
    assertThat(d.resolve("Malian army")).contains("Mali");
    assertThat(d.resolve("the Malian military")).contains("Mali");
    assertThat(d.resolve("Malian troops")).contains("Mali");
    assertThat(d.resolve("Malian Armed Forces")).contains("Mali");
    assertThat(d.resolve("Assimi Goita")).contains("Assimi Goïta");
    assertThat(d.canonical("  Somebody Unknown ")).isEqualTo("Somebody Unknown");
    assertThat(d.resolve("the Sahel")).isEmpty();
  }

  @Test
  void acledActorNamesResolve() {
    ActorDirectory d = ActorDirectory.withCuratedAliases();
    d.learn(TestReports.parse("t", TIMBUKTU_LIKE));
    assertThat(d.resolve("Military Forces of Mali (2021-)")).contains("Mali");
    assertThat(d.resolve("Police Forces of Burkina Faso (2022-) Gendarmerie")).contains("Burkina Faso");
    assertThat(d.resolve("Jama'at Nasr al-Islam wal Muslimin (JNIM)")).contains("Jama'at Nasr al-Islam wal Muslimin");
    assertThat(d.resolve("Wagner Group (alleged by JNIM)")).contains("Wagner Group");
    assertThat(d.resolve("JNIM: Group for Support of Islam and Muslims")).contains("Jama'at Nasr al-Islam wal Muslimin");
  }

  @Test
  void anAcronymDefinedInOneReportResolvesInAnotherWhateverTheOrder() {
    Report defines = TestReports.parse("a", """
        = A =
        Infobox
        - Combatant1: Ruritania
        - Combatant2: Blue River Liberation Front

        The Blue River Liberation Front (BRLF) attacked the dam.
        """);
    Report uses = TestReports.parse("b", """
        = B =
        Infobox
        - Combatant1: Ruritania
        - Combatant2: BRLF

        The BRLF shelled the port.
        """);
    List<Report> reports = new ArrayList<>(List.of(defines, uses));
    ActorDirectory first = TestReports.learnt(reports);
    Collections.reverse(reports);
    ActorDirectory second = TestReports.learnt(reports);
    assertThat(first.aliases()).isEqualTo(second.aliases());
    assertThat(first.resolve("BRLF")).contains("Blue River Liberation Front");
    assertThat(second.resolve("BRLF")).contains("Blue River Liberation Front");
    assertThat(first.aliases().get("Blue River Liberation Front")).contains("BRLF", "Blue River Liberation Front");
    assertThat(first.forReport(uses).find("The BRLF shelled the port.")).containsExactly("Blue River Liberation Front");
  }

  @Test
  void relearningAReportReplacesWhatItTaughtAndForgetRemovesIt() {
    ActorDirectory d = ActorDirectory.withCuratedAliases();
    d.learn(TestReports.parse("r", "= R =\n\nThe Green Hills Militia (GHM) attacked.\n"));
    assertThat(d.resolve("GHM")).contains("Green Hills Militia");
    d.learn(TestReports.parse("r", "= R =\n\nThe Grey Harbour Movement (GHM) attacked.\n"));
    assertThat(d.resolve("GHM")).contains("Grey Harbour Movement");
    assertThat(d.resolve("Green Hills Militia")).isEmpty();
    d.forget("r");
    assertThat(d.resolve("GHM")).isEmpty();
  }

  @Test
  void aliasesListEverySpellingOfAnActor() {
    ActorDirectory d = TestReports.learnt(TestReports.corpus());
    assertThat(d.aliases().get("Jama'at Nasr al-Islam wal Muslimin")).contains("JNIM", "Jama'at Nasr al-Islam wal Muslimin");
    assertThat(d.aliases().get("Mali")).contains("Mali", "FAMa", "FAMA", "Malian army", "Malian military", "Malian Armed Forces");
    assertThat(d.aliases().get("Islamic State in the Greater Sahara")).contains("ISGS", "IS Sahel");
    assertThat(d.aliases().get("Human Rights Watch")).contains("HRW");
    assertThat(d.aliases().get("Volunteers for the Defense of the Homeland")).contains("VDP");
    assertThat(d.aliases().get("Sky Mali")).containsExactly("Sky Mali");
    assertThat(d.aliases().values()).allSatisfy(spellings -> assertThat(spellings).isNotEmpty());
  }

  @Test
  void curatedFileFormatIsEditableTextAndErrorsNameTheLine() {
    ActorDirectory d = ActorDirectory.fromCuratedText("mine.txt", """
        # comment
        [actors]
        Blue Brigade = BB; the Blues
        [states]
        Ruritania = Ruritanian
        [force-nouns]
        army; troops
        [generic]
        rebels
        [organisation-nouns]
        agency
        """);
    assertThat(d.resolve("the Blues")).contains("Blue Brigade");
    assertThat(d.resolve("Ruritanian troops")).contains("Ruritania");
    assertThat(d.isState("Ruritania")).isTrue();
    assertThatThrownBy(() -> ActorDirectory.fromCuratedText("bad.txt", "[actors]\nNo equals sign here\n"))
        .hasMessage("bad.txt:2: expected 'Canonical Name = alias; alias', found 'No equals sign here'");
    assertThatThrownBy(() -> ActorDirectory.fromCuratedText("bad.txt", "[people]\n"))
        .hasMessageStartingWith("bad.txt:1: unknown section [people]");
  }

  @Test
  void shippedCuratedFileLoads() {
    ActorDirectory d = ActorDirectory.withCuratedAliases();
    assertThat(d.resolve("ISGS")).contains("Islamic State in the Greater Sahara");
    assertThat(d.resolve("VDP")).contains("Volunteers for the Defense of the Homeland");
    assertThat(d.resolve("MINUSMA")).contains("MINUSMA");
    assertThat(d.resolve("Africa Corps")).contains("Africa Corps");
    assertThat(d.resolve("Burkinabè army")).contains("Burkina Faso");
    assertThat(d.resolve("Nigerien troops")).contains("Niger");
    assertThat(d.isState("Niger")).isTrue();
    assertThat(d.isState("Wagner Group")).isFalse();
  }
}
