package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.improvementnotice.model.data.SupportedDates;
import org.improvementnotice.model.validation.Problem;
import org.improvementnotice.model.validation.ValidationException;
import org.improvementnotice.testkit.NoticeAndData;
import org.improvementnotice.testkit.NoticeArbitraries;

/**
 * Evaluation at any date a caller can pass, for generated notices and data: inside the supported dates it gives
 * one finding per decidable requirement (no rule-set gap, no other exception), the same at the same date, and
 * the journey and final verdict stay in order; outside them the only exception is the documented
 * {@link ValidationException} naming {@code asAt}. The dates are drawn over the whole of {@link LocalDate} with
 * weight at the supported range's edges. The build runs {@value #DEFAULT_TRIES} tries of the first property; a
 * long run raises them: {@code -Ddate.fuzz.tries=100000}.
 */
class EvaluationDateFuzzProperties {
  static final int DEFAULT_TRIES = 300;

  /** Sets the tries from {@code -Ddate.fuzz.tries}, else {@value #DEFAULT_TRIES}. */
  static final class Tries implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      context.attributes().setTries(Integer.getInteger("date.fuzz.tries", DEFAULT_TRIES));
      return property.execute();
    }
  }

  @Provide
  Arbitrary<LocalDate> anyDate() {
    Arbitrary<LocalDate> whole = Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> supported = Arbitraries.longs()
        .between(SupportedDates.FIRST.toEpochDay(), SupportedDates.LAST.toEpochDay()).map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> edges = Arbitraries.of(SupportedDates.FIRST, SupportedDates.FIRST.minusDays(1),
        SupportedDates.LAST, SupportedDates.LAST.plusDays(1), LocalDate.MIN, LocalDate.MAX, LocalDate.of(2000, 2, 29),
        LocalDate.of(2100, 2, 28));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, whole), net.jqwik.api.Tuple.of(3, supported),
        net.jqwik.api.Tuple.of(1, edges));
  }

  @Provide
  Arbitrary<NoticeAndData> noticesWithData() {
    return NoticeArbitraries.noticesWithData();
  }

  @Property
  @AddLifecycleHook(Tries.class)
  void anyDateIsEvaluatedOrRefusedAsDocumented(@ForAll("noticesWithData") NoticeAndData pair,
      @ForAll("anyDate") LocalDate date) {
    if (!SupportedDates.contains(date)) {
      assertThatThrownBy(() -> Fixtures.ENGINE.evaluate(pair.notice(), pair.data(), date))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
              .extracting(Problem::path).containsExactly("asAt"));
      return;
    }
    ComplianceReport report = Fixtures.ENGINE.evaluate(pair.notice(), pair.data(), date);
    assertThat(report.asAt()).isEqualTo(date);
    assertThat(report.isFinal()).isFalse();
    assertThat(report.findings()).extracting(Finding::requirement)
        .containsExactlyElementsOf(pair.notice().decidableRequirements().stream().map(r -> r.id()).toList());
    assertThat(Fixtures.ENGINE.evaluate(pair.notice(), pair.data(), date)).isEqualTo(report);
  }

  /** The journey is in date order and ends with the final verdict exactly when the notice has an end. */
  @Property(tries = 150)
  void theJourneyIsInOrderAndEndsWithTheFinalVerdict(@ForAll("noticesWithData") NoticeAndData pair) {
    var journey = Fixtures.ENGINE.evaluateSchedule(pair.notice(), pair.data());
    for (int i = 1; i < journey.size(); i++) {
      assertThat(journey.get(i).asAt()).isAfterOrEqualTo(journey.get(i - 1).asAt());
    }
    Optional<ComplianceReport> last = Fixtures.ENGINE.finalVerdict(pair.notice(), pair.data());
    assertThat(last.isPresent()).isEqualTo(pair.notice().end().isPresent());
    last.ifPresent(f -> assertThat(journey).last().isEqualTo(f));
    assertThat(journey.stream().filter(ComplianceReport::isFinal).count()).isEqualTo(last.isPresent() ? 1 : 0);
  }
}
