package org.improvementnotice.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Board;
import org.improvementnotice.model.Governance;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Period;
import org.junit.jupiter.api.Test;

class DataValidatorTest {

  private static final IndicatorId NI59 = IndicatorId.of("NI 59");
  private static final LocalDate PUBLISHED = LocalDate.of(2011, 6, 1);

  @Test
  void everyDateAndPeriodOutsideTheSupportedDatesIsNamed() {
    LocalDate early = LocalDate.of(1899, 12, 31);
    LocalDate late = LocalDate.of(2200, 1, 1);
    PerformanceData data = PerformanceData.builder("Kent")
        .addObservation(Observation.of(NI59, Period.parse("1899-12"), BigDecimal.ONE, "t", PUBLISHED))
        .addObservation(Observation.of(NI59, Period.parse("2011-04"), BigDecimal.ONE, "t", late))
        .addObservation(Observation.of(NI59, Period.parse("2011-05"), BigDecimal.ONE, "t", LocalDate.MAX))
        .addBenchmark(new BenchmarkValue(IndicatorId.of("LAC ADOPTED"), BenchmarkKind.ENGLAND, Period.parse("FY2199-00"),
            BigDecimal.ONE, "t", PUBLISHED))
        .addAction(new ActionEvidence(RequirementId.of("smt"), early, "minute 4", PUBLISHED))
        .addMeeting(new MeetingRecord("Board", LocalDate.MIN, Optional.empty(), false, Optional.empty(), "m"))
        .addJudgement(new BoardJudgement(RequirementId.of("smt"), Rag.GREEN, late, "n"))
        .build();
    List<Problem> problems = DataValidator.validate(data);
    assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
        tuple("observations[0]", "Period 1899-12 is outside the supported dates, 1900-01-01 to 2199-12-31"),
        tuple("observations[1]", "Published date 2200-01-01 is outside the supported dates, 1900-01-01 to 2199-12-31"),
        tuple("observations[2]", "Published date +999999999-12-31 is outside the supported dates, 1900-01-01 to "
            + "2199-12-31"),
        tuple("benchmarks[0]", "Period FY2199-00 is outside the supported dates, 1900-01-01 to 2199-12-31"),
        tuple("actions[0]", "Completed date 1899-12-31 is outside the supported dates, 1900-01-01 to 2199-12-31"),
        tuple("meetings[0]", "Meeting date -999999999-01-01 is outside the supported dates, 1900-01-01 to "
            + "2199-12-31"),
        tuple("judgements[0]", "Judgement date 2200-01-01 is outside the supported dates, 1900-01-01 to "
            + "2199-12-31"));
  }

  @Test
  void theFirstAndLastSupportedDaysAreValid() {
    PerformanceData data = PerformanceData.builder("Kent")
        .addObservation(Observation.of(NI59, Period.parse("1900-01"), BigDecimal.ONE, "t", LocalDate.of(1900, 1, 1)))
        .addObservation(Observation.of(NI59, Period.parse("2199-12"), BigDecimal.ONE, "t", LocalDate.of(2199, 12, 31)))
        .build();
    assertThat(DataValidator.validate(data)).isEmpty();
  }

  /**
   * A figure of another period kind than the indicator's (DOMAIN.md, "Figures of another period kind") is
   * refused at its row, whether or not the kind's periods would fit together into it: a quarterly or a yearly
   * figure of a monthly indicator, a date range that happens to be one month, a monthly benchmark of a
   * financial-year indicator. Accepted, the quarter would decide a quarter target and be ignored by a maintain
   * window over the months.
   */
  @Test
  void aFigureOfAnotherPeriodKindIsRefusedAtItsRowNamingTheKindExpected() {
    IndicatorId adopted = IndicatorId.of("LAC ADOPTED");
    PerformanceData data = PerformanceData.builder("Kent")
        .addObservation(Observation.of(NI59, Period.parse("2011-04"), BigDecimal.ONE, "t", PUBLISHED))
        .addObservation(Observation.of(NI59, Period.parse("2011-Q2"), BigDecimal.ONE, "t", LocalDate.of(2011, 7, 10)))
        .addObservation(Observation.of(NI59, Period.parse("FY2010-11"), BigDecimal.ONE, "t", PUBLISHED))
        .addObservation(Observation.of(NI59, Period.parse("2011-05-01..2011-05-31"), BigDecimal.ONE, "t", PUBLISHED))
        .addObservation(Observation.of(adopted, Period.parse("FY2010-11"), BigDecimal.ONE, "t", PUBLISHED))
        .addObservation(Observation.of(adopted, Period.parse("2010-04-01..2011-03-31"), BigDecimal.ONE, "t",
            PUBLISHED.plusDays(1)))
        .addBenchmark(new BenchmarkValue(adopted, BenchmarkKind.STATISTICAL_NEIGHBOURS, Period.parse("2011-04"),
            BigDecimal.ONE, "t", PUBLISHED))
        .addBenchmark(new BenchmarkValue(NI59, BenchmarkKind.ENGLAND, Period.parse("2011-Q1"), BigDecimal.ONE, "t",
            PUBLISHED))
        .build();
    assertThat(DataValidator.validate(data)).extracting(Problem::path, Problem::message).containsExactly(
        tuple("observations[1]", "NI 59 for 2011-Q2 is a figure for a quarter, but NI 59 reports by month: a figure "
            + "of another period kind is refused; give the figure of each month"),
        tuple("observations[2]", "NI 59 for FY2010-11 is a figure for a financial year, but NI 59 reports by month: a "
            + "figure of another period kind is refused; give the figure of each month"),
        tuple("observations[3]", "NI 59 for 2011-05-01..2011-05-31 is a figure for a date range, but NI 59 reports by "
            + "month: a figure of another period kind is refused; give the figure of each month"),
        tuple("observations[5]", "LAC ADOPTED for 2010-04-01..2011-03-31 is a figure for a date range, but LAC "
            + "ADOPTED reports by financial year: a figure of another period kind is refused; give the figure of each "
            + "financial year"),
        tuple("benchmarks[0]", "Period 2011-04 does not fit LAC ADOPTED, which reports by financial year: a period "
            + "must be made of whole financial year periods"),
        tuple("benchmarks[1]", "NI 59 for 2011-Q1 is a figure for a quarter, but NI 59 reports by month: a figure "
            + "of another period kind is refused; give the figure of each month"));
  }

  private static MeetingRecord meeting(String body, LocalDate date) {
    return new MeetingRecord(body, date, Optional.empty(), false, Optional.empty(), "minutes");
  }

  @Test
  void aMeetingIsNamedByItsPositionAsAddedNotByItsDate() {
    Notice notice = Notice.builder().id("west-sussex-2011").recipient(Recipient.of("West Sussex County Council"))
        .issuer(Issuer.of("Department for Education")).issued(IssueDate.stated(LocalDate.of(2011, 3, 1)))
        .addIndicator(IndicatorCatalogue.standard().get("NI 59"))
        .governance(new Governance(List.of(new Board("Improvement Board", Optional.empty(), Optional.empty(),
            List.of(), List.of())), List.of()))
        .build();
    PerformanceData data = PerformanceData.builder("West Sussex")
        .addMeeting(meeting("Improvement Board", LocalDate.of(2011, 9, 1)))
        .addMeeting(meeting("Improvement Board", LocalDate.of(2011, 5, 1)))
        .addMeeting(meeting("Scrutiny", LocalDate.of(2011, 4, 1)))
        .addMeeting(meeting("Improvement Board", LocalDate.of(2011, 3, 1)))
        .addMeeting(meeting("Improvment Board", LocalDate.of(2011, 6, 1)))
        .addMeeting(meeting("Improvement Board", LocalDate.of(2200, 1, 1)))
        .build();
    assertThat(DataValidator.validate(notice, data)).extracting(Problem::path, Problem::message).containsExactly(
        tuple("meetings[5]", "Meeting date 2200-01-01 is outside the supported dates, 1900-01-01 to 2199-12-31"),
        tuple("meetings[2]", "Meeting of 'Scrutiny' on 2011-04-01: no board of that name is declared in notice "
            + "west-sussex-2011"),
        tuple("meetings[4]", "Meeting of 'Improvment Board' on 2011-06-01: no board of that name is declared in "
            + "notice west-sussex-2011"));
    assertThat(data.meetingsInOrderAdded()).extracting(MeetingRecord::date).containsExactly(
        LocalDate.of(2011, 9, 1), LocalDate.of(2011, 5, 1), LocalDate.of(2011, 4, 1), LocalDate.of(2011, 3, 1),
        LocalDate.of(2011, 6, 1), LocalDate.of(2200, 1, 1));
    assertThat(data.meetings()).extracting(MeetingRecord::date).isSorted();
  }
}
