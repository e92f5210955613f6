package siege.eventfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import siege.extract.ActorDirectory;

class ActorNamesTest {
  private final ActorNames names = new ActorNames(null);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Jama'at Nasr al-Islam wal Muslimin (JNIM)   | Jama'at Nasr al-Islam wal Muslimin
      Wagner Group (alleged by JNIM)              | Wagner Group
      Islamic State Sahel Province (IS-Sahel)     | Islamic State Sahel Province
      Mouvement pour l'Azawad (MPA)               | Mouvement pour l'Azawad
      '  Sky   Mali '                             | Sky Mali
      Military Forces of Mali (2021-)             | Military Forces of Mali (2021-)
      Civilians (Mali)                            | Civilians (Mali)
      Militia (Pro-Government)                    | Militia (Pro-Government)
      Unidentified Armed Group (Mali)             | Unidentified Armed Group (Mali)
      (JNIM)                                      | (JNIM)
      """)
  void dropsATrailingAcronymOrRemarkButNotAQualifier(String raw, String expected) {
    assertThat(names.canonical(raw)).isEqualTo(expected);
  }

  @Test
  void splitsCellsOnSemicolonsAndDropsDuplicatesAndBlanks() {
    List<String> cells = Arrays.asList("Group A (GA)", null, "Group B; Group A ;; ", "", "Group C");
    assertThat(names.resolve(cells)).containsExactly("Group A", "Group B", "Group C");
  }

  @Test
  void namesComeOutCanonicalInTheDirectoryUsed() {
    ActorDirectory directory = ActorDirectory.withCuratedAliases();
    ActorNames resolved = new ActorNames(directory);
    for (String raw : List.of("Military Forces of Mali", "Jama'at Nasr al-Islam wal Muslimin (JNIM)",
        "JNIM", "FAMA", "Wagner Group (alleged by JNIM)")) {
      String name = resolved.canonical(raw);
      assertThat(directory.canonical(name)).as(raw).isEqualTo(name);
    }
  }
}
