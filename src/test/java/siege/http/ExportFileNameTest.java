package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Export file names are safe in a header and on any file system, and still say what was searched. */
class ExportFileNameTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      shelling                                 | siege-search-shelling-2025-01-31.csv
      '"car bomb" -rain'                       | siege-search-car-bomb-rain-2025-01-31.csv
      Kobanî Goïta                             | siege-search-kobani-goita-2025-01-31.csv
      actor:"Wagner Group" AND month:2023-09   | siege-search-actor-wagner-group-and-month-2023-09-2025-01-31.csv
      '";\\r\\n../../etc/passwd'               | siege-search-r-n-etc-passwd-2025-01-31.csv
      جماعة نصرة                               | siege-search-all-2025-01-31.csv
      ''                                       | siege-search-all-2025-01-31.csv
      NULL                                     | siege-search-all-2025-01-31.csv
      aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeee | siege-search-aaaaaaaaaa-bbbbbbbbbb-cccccccccc-ddddddd-2025-01-31.csv
      aaaaaaaaaa bbbbbbbbbb cccccccccc dddddd eeeee     | siege-search-aaaaaaaaaa-bbbbbbbbbb-cccccccccc-dddddd-2025-01-31.csv
      """)
  void queriesBecomeSafeFileNames(String query, String expected) {
    assertThat(ExportFileName.of(query, LocalDate.of(2025, 1, 31), "csv")).isEqualTo(expected);
  }
}
