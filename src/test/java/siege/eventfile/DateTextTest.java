package siege.eventfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import siege.model.Precision;

class DateTextTest {

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2023-09-21          | 2023-09-21 | DAY
      2023/9/1            | 2023-09-01 | DAY
      21 September 2023   | 2023-09-21 | DAY
      21  september  2023 | 2023-09-21 | DAY
      1st October 2023    | 2023-10-01 | DAY
      21-Sep-2023         | 2023-09-21 | DAY
      21 Sept. 2023       | 2023-09-21 | DAY
      September 21, 2023  | 2023-09-21 | DAY
      Sep 2 2023          | 2023-09-02 | DAY
      21/09/2023          | 2023-09-21 | DAY
      09/21/2023          | 2023-09-21 | DAY
      05/05/2023          | 2023-05-05 | DAY
      2023-09             | 2023-09-01 | MONTH
      June 2025           | 2025-06-01 | MONTH
      2023                | 2023-01-01 | YEAR
      """)
  void parsesEachFormWithItsPrecision(String raw, String iso, Precision precision) {
    var d = DateText.parse(raw);
    assertThat(d.date()).hasToString(iso);
    assertThat(d.precision()).isEqualTo(precision);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      03/04/2023        | ambiguous date '03/04/2023' (day/month or month/day?)
      2023-02-30        | '2023-02-30' is not a real date
      2023-13           | '2023-13' is not a real date
      31 Septembre 2023 | unparsable date '31 Septembre 2023'
      yesterday         | unparsable date 'yesterday'
      21 September      | unparsable date '21 September'
      """)
  void refusesWithAMessageSayingWhy(String raw, String message) {
    assertThatThrownBy(() -> DateText.parse(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2023-09-21 | MONTH | 2023-09-01 | MONTH
      2023-09-21 | YEAR  | 2023-01-01 | YEAR
      2023-09    | MONTH | 2023-09-01 | MONTH
      """)
  void aGivenPrecisionCoarsensTheDate(String raw, Precision given, String iso, Precision precision) {
    var d = DateText.parse(raw, given);
    assertThat(d.date()).hasToString(iso);
    assertThat(d.precision()).isEqualTo(precision);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2023-09 | DAY
      2023    | MONTH
      2023-09 | NONE
      """)
  void aGivenPrecisionNeverInventsDetail(String raw, Precision given) {
    assertThatThrownBy(() -> DateText.parse(raw, given)).isInstanceOf(IllegalArgumentException.class);
  }
}
