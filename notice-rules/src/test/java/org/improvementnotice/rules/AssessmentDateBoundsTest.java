package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.SupportedDates;
import org.improvementnotice.model.validation.Problem;
import org.improvementnotice.model.validation.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An assessment date outside the supported dates is refused with a {@link ValidationException} naming it, at
 * once; the first and last supported days are evaluated. The time-out only guards against a hang.
 */
class AssessmentDateBoundsTest {
  private static final Notice SURREY = Surrey.notice();
  private static final PerformanceData DATA = Surrey.data();
  private static final Duration HANG = Duration.ofSeconds(20);

  @ParameterizedTest
  @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "+1000000-01-01", "1899-12-31", "2200-01-01",
      "0001-01-01"})
  void aDateOutsideTheSupportedDatesIsRefusedNamingIt(String text) {
    LocalDate date = LocalDate.parse(text);
    assertThatThrownBy(() -> assertTimeoutPreemptively(HANG, () -> Fixtures.ENGINE.evaluate(SURREY, DATA, date)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::path, Problem::message)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("asAt", "Assessment date " + date
                + " is outside the supported dates, 1900-01-01 to 2199-12-31")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1900-01-01", "2199-12-31"})
  void theFirstAndLastSupportedDaysAreEvaluated(String text) {
    LocalDate date = LocalDate.parse(text);
    assertThat(SupportedDates.contains(date)).isTrue();
    ComplianceReport report = assertTimeoutPreemptively(HANG, () -> Fixtures.ENGINE.evaluate(SURREY, DATA, date));
    assertThat(report.asAt()).isEqualTo(date);
    assertThat(report.findings()).hasSize(Fixtures.ENGINE.evaluate(SURREY, DATA, LocalDate.of(2010, 5, 1))
        .findings().size());
  }
}
