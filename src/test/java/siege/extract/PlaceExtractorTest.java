package siege.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceExtractorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "On 26 August, shelling near the Malian Solidarity Bank by jihadists killed a child. | Malian Solidarity Bank",
      "JNIM said they had shelled the military airport in Timbuktu.                      | the military airport",
      "Jihadists ambushed a large supply convoy at Gaskindé, near a camp.                | Gaskindé",
      "JNIM ambushed a convoy on the RN1 highway in the Kayes region.                    | the RN1 highway",
      "On 8 October, the soldiers were buried in Ouagadougou.                            | Ouagadougou",
      "The airport was also shelled by mortars.                                          | the airport",
      "Fighters attacked a checkpoint outside Kaya at dawn.                              | a checkpoint",
      "Rebels entered the town of Bria in the morning.                                   | Bria",
      "Shells hit the Central Market of Goma.                                            | Central Market",
      "In December 2023, people fled to Mopti.                                           | Mopti"})
  void findsThePlace(String sentence, String place) {
    assertThat(PlaceExtractor.extract(sentence)).isEqualTo(place);
  }

  @Test
  void noPlaceWhenNoneIsNamed() {
    assertThat(PlaceExtractor.extract("The death toll was updated to five the next day.")).isNull();
    assertThat(PlaceExtractor.extract("In May 2023, officials spoke.")).isNull();
  }

  @Test
  void actorsAreNotPlaces() {
    assertThat(PlaceExtractor.extract("A shepherd later spoke to Human Rights Watch.", n -> n.equals("Human Rights Watch")))
        .isNull();
  }
}
