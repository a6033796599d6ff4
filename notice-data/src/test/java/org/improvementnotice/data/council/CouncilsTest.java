package org.improvementnotice.data.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.improvementnotice.data.dfe.ShippedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Councils of the shipped files, found by LA number, ONS code and name. */
class CouncilsTest {

  private final Councils councils = ShippedData.data().councils();

  @ParameterizedTest
  @CsvSource({"Kent, 886", "kent, 886", "KENT, 886", "  Kent  , 886", "Kent County Council, 886", "886, 886",
      "E10000016, 886", "Somerset, 933", "Somerset County Council, 933", "North Somerset, 802",
      "E10000027, 933", "e06000066, 933", "Surrey, 936", "'Kingston upon Hull, City of', 810",
      "Bournemouth, 837", "'Bournemouth, Christchurch and Poole', 839", "Cumbria, 909", "Cumberland, 942"})
  void findsTheOneCouncilMeant(String text, String number) {
    assertThat(councils.find(text).number()).isEqualTo(LaNumber.of(number));
  }

  @Test
  void somersetIsNotNorthSomersetAndKeepsItsNumberAcrossTheCodeChange() {
    Council somerset = councils.find("Somerset");
    assertThat(somerset.name()).isEqualTo("Somerset");
    assertThat(somerset.onsCode(2023)).hasValue("E10000027");
    assertThat(somerset.onsCode(2024)).hasValue("E06000066");
    assertThat(somerset.firstYear()).isEqualTo(2013);
    assertThat(somerset.lastYear()).isEqualTo(2025);
    assertThat(somerset.describe()).isEqualTo("933 Somerset, 2013-2025, E10000027 to 2023 then E06000066");
  }

  @Test
  void aMisspeltNameSuggestsTheClosest() {
    CouncilNotFoundException e = catchThrowableOfType(CouncilNotFoundException.class, () -> councils.find("Somerst"));
    assertThat(e).hasMessage("No council is named 'Somerst' in the published files; did you mean Somerset (933)?");
    assertThat(e.candidates()).extracting(Council::number).containsExactly(LaNumber.of("933"));
    assertThat(catchThrowableOfType(CouncilNotFoundException.class, () -> councils.find("Kentt")))
        .hasMessageEndingWith("did you mean Kent (886)?");
  }

  @Test
  void aNameFarFromAnyIsNotFoundWithoutASuggestion() {
    CouncilNotFoundException e = catchThrowableOfType(CouncilNotFoundException.class, () -> councils.find("Atlantis"));
    assertThat(e).hasMessage("No council is named 'Atlantis' in the published files");
    assertThat(e.candidates()).isEmpty();
  }

  @Test
  void aNameTwoCouncilsHaveHadListsBoth() {
    CouncilNotFoundException e = catchThrowableOfType(CouncilNotFoundException.class, () -> councils.find("Dorset"));
    assertThat(e.getMessage()).isEqualTo("'Dorset' names 2 councils; give the LA number of the one meant:\n"
        + "  835 Dorset, 2013-2019, E10000009\n"
        + "  838 Dorset, 2019-2025, E06000059");
    // the new Dorset's first figures: the workforce at 30 September 2019, after the reorganisation of April 2019
    assertThat(councils.find("838").firstYear()).isEqualTo(2019);
  }

  @Test
  void councilsThatDidNotExistHaveNoYearsBeforeTheyBegan() {
    assertThat(councils.find("Northamptonshire").lastYear()).isEqualTo(2021);
    assertThat(councils.find("North Northamptonshire").firstYear()).isEqualTo(2022);
    assertThat(councils.find("West Northamptonshire").appearsIn(2013)).isFalse();
    assertThat(councils.in(2013)).hasSize(152);
    assertThat(councils.in(2025)).hasSize(153);
    assertThat(catchThrowableOfType(CouncilNotFoundException.class, () -> councils.find("999")))
        .hasMessage("No council has LA number 999 in the published files");
  }

  @Test
  void regionsComeFromTheRows() {
    assertThat(councils.find("Kent").region(2013).map(Council.Region::code)).hasValue("E12000008");
    assertThat(councils.find("Camden").region(2013).map(Council.Region::name)).hasValue("Inner London");
  }
}
