package org.improvementnotice.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Optional;
import org.improvementnotice.model.time.PeriodKind;
import org.junit.jupiter.api.Test;

/** The standard catalogue against the published definitions (docs/indicators.md, "The catalogue and its sources"). */
class IndicatorCatalogueTest {

  private static final IndicatorCatalogue STANDARD = IndicatorCatalogue.standard();

  /**
   * NI 64 counts the plans that ended in the year, NI 65 the plans that started in it (the 2008 handbook; the
   * children in need census, tables D7 and D3, since): both are figures of a financial year, combined by their
   * counts, so that Kent's "reduces to the statistical neighbour average" is judged on the year, not on a month.
   */
  @Test
  void ni64AndNi65AreFiguresOfAFinancialYearCombinedByTheirCounts() {
    assertThat(java.util.List.of(STANDARD.get("NI 64"), STANDARD.get("NI 65")))
        .extracting(Indicator::reportingPeriod, Indicator::aggregation, Indicator::unit, Indicator::polarity)
        .containsOnly(tuple(PeriodKind.FINANCIAL_YEAR, Aggregation.RATIO, Unit.PERCENT, Polarity.LOWER_IS_BETTER));
  }

  /** A share counted at the month end is a snapshot: a quarter's value is its last month's, never a pooled ratio. */
  @Test
  void monthEndSnapshotsAggregateByTheLatestValue() {
    for (String id : new String[] {"SW VACANCY", "DUTY UNALLOCATED", "LAC ALLOCATED", "UNALLOCATED",
        "UNALLOCATED 28D", "IA OUT OF TIMESCALE", "CA OUT OF TIMESCALE", "CPP 2 YEARS OR MORE", "CIN RATE",
        "SW VACANCY RATE", "SW AGENCY RATE", "SW CASELOAD"}) {
      assertThat(STANDARD.get(id).aggregation()).as(id).isEqualTo(Aggregation.LATEST);
    }
  }

  @Test
  void everyEntryNamesTheDefinitionItFollows() {
    assertThat(STANDARD.indicators()).allSatisfy(i ->
        assertThat(i.source()).as(i.id().value()).hasValueSatisfying(s -> assertThat(s).isNotBlank()));
    assertThat(STANDARD.get("NI 65").source()).hasValueSatisfying(s -> assertThat(s)
        .contains("Handbook of Definitions").contains("table D3"));
  }

  @Test
  void aSourceIsRecordedOnACopyAndIsNeverBlank() {
    Indicator local = Indicator.of("LOCAL 1", "A local measure", Unit.COUNT, Polarity.LOWER_IS_BETTER,
        PeriodKind.MONTH);
    assertThat(local.source()).isEmpty();
    assertThat(local.withSource("the council's performance framework").source())
        .isEqualTo(Optional.of("the council's performance framework"));
    assertThat(local.withSource("x").withAggregation(Aggregation.SUM).source()).contains("x");
    assertThatThrownBy(() -> local.withSource(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator LOCAL 1: a source must not be blank");
  }
}
