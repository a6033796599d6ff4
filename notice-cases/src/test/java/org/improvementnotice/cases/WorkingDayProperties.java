package org.improvementnotice.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.WorkingDayCalendar;
import org.improvementnotice.model.time.WorkingDayCount;

/** NI 59 from the calculator against a day-by-day count, with holidays drawn at random. */
class WorkingDayProperties {

  private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2011, 12, 31);
  private static final Period YEAR_2010 = Period.parse("2010-01-01..2010-12-31");

  @Provide
  Arbitrary<Set<LocalDate>> holidays() {
    return Arbitraries.integers().between(0, 729).map(FIRST::plusDays).set().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<InitialAssessment>> assessments() {
    Arbitrary<InitialAssessment> one = Combinators.combine(
            Arbitraries.integers().between(0, 364), Arbitraries.integers().between(0, 30))
        .as((start, span) -> new InitialAssessment("x", CaseId.of("C"), FIRST.plusDays(start),
            Optional.of(FIRST.plusDays(start + span))));
    return one.list().ofMaxSize(60);
  }

  private static int dayByDay(LocalDate referral, LocalDate done, Set<LocalDate> holidays, WorkingDayCount convention) {
    int n = 0;
    LocalDate from = convention == WorkingDayCount.START_DAY_EXCLUDED ? referral.plusDays(1) : referral;
    for (LocalDate d = from; !d.isAfter(done); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d)) {
        n++;
      }
    }
    return n;
  }

  @Property(tries = 300)
  void ni59AgreesWithADayByDayCount(@ForAll("holidays") Set<LocalDate> holidays,
      @ForAll("assessments") List<InitialAssessment> assessments, @ForAll WorkingDayCount convention) {
    WorkingDayCalendar calendar = WorkingDayCalendar.of("random", FIRST, LAST, holidays);
    CaseRecords.Builder b = CaseRecords.builder().addCase(new CaseRecord(CaseId.of("C"), FIRST, Optional.empty()));
    for (int i = 0; i < assessments.size(); i++) {
      InitialAssessment a = assessments.get(i);
      b.addInitialAssessment(new InitialAssessment("ia" + i, a.caseId(), a.referralReceived(), a.completed()));
    }
    CaseRecords records = b.build(calendar);
    long completed = assessments.stream().filter(a -> YEAR_2010.contains(a.completed().get())).count();
    long within = assessments.stream().filter(a -> YEAR_2010.contains(a.completed().get()))
        .filter(a -> dayByDay(a.referralReceived(), a.completed().get(), holidays, convention) <= 7).count();
    var result = IndicatorCalculator.of(records, calendar, convention).ni59(YEAR_2010, "t", LAST);
    if (completed == 0) {
      assertThat(result).isEmpty();
    } else {
      assertThat(result.orElseThrow().ratio()).contains(Ratio.of(within, completed));
    }
  }
}
