package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.improvementnotice.model.Instrument;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.PeriodKind;
import org.junit.jupiter.api.Test;

/** Every value of each closed set has a phrase, a phrase of its own, and reads back as itself. */
class PhrasesTest {

  private static final PeriodKind[] REPORTING_PERIODS = Arrays.stream(PeriodKind.values())
      .filter(PeriodKind::isRegular).toArray(PeriodKind[]::new);

  private static <T> void eachValueHasItsOwnPhrase(Phrases<T> phrases, T[] values) {
    List<String> words = Arrays.stream(values).map(phrases::words).toList();
    assertThat(words).doesNotHaveDuplicates().allSatisfy(w -> assertThat(w).isNotBlank());
  }

  @Test
  void everyValueHasItsOwnPhrase() {
    eachValueHasItsOwnPhrase(Phrases.UNITS, Unit.values());
    // a reporting period is a regular kind; a range of days is no indicator's
    eachValueHasItsOwnPhrase(Phrases.PERIOD_KINDS, REPORTING_PERIODS);
    eachValueHasItsOwnPhrase(Phrases.POLARITIES, Polarity.values());
    eachValueHasItsOwnPhrase(Phrases.INSTRUMENTS, Instrument.values());
    eachValueHasItsOwnPhrase(Phrases.BENCHMARKS, BenchmarkKind.values());
  }

  /** A local indicator of every unit, period and polarity, in a notice of every instrument, prints and reads back. */
  @Test
  void everyPhraseReadsBackAsItsValue() {
    for (Instrument instrument : Instrument.values()) {
      Notice.Builder b = Notice.builder().id("phrases").instrument(instrument)
          .recipient(Recipient.of("C")).issuer(Issuer.of("D"))
          .issued(IssueDate.stated(LocalDate.of(2013, 10, 1)));
      int n = 0;
      for (Unit unit : Unit.values()) {
        for (PeriodKind kind : REPORTING_PERIODS) {
          for (Polarity polarity : Polarity.values()) {
            b.addIndicator(Indicator.of("LOCAL " + n++, "A local measure", unit, polarity, kind));
          }
        }
      }
      Notice notice = b.build();
      assertThat(NoticeLanguage.parse("phrases.notice", NoticeLanguage.print(notice))).isEqualTo(notice);
    }
  }

  /** A benchmark, in each of its phrases (those written and those only read), reads as its value. */
  @Test
  void everyBenchmarkPhraseReadsAsItsValue() {
    List<String> phrases = List.of("england average", "national average", "statistical neighbour average",
        "statistical neighbours average", "regional average");
    List<BenchmarkKind> kinds = List.of(BenchmarkKind.ENGLAND, BenchmarkKind.ENGLAND,
        BenchmarkKind.STATISTICAL_NEIGHBOURS, BenchmarkKind.STATISTICAL_NEIGHBOURS, BenchmarkKind.REGION);
    for (int i = 0; i < phrases.size(); i++) {
      Notice notice = NoticeLanguage.parse("benchmark.notice", String.join("\n", "notice b", "recipient \"C\"",
          "issuer \"D\"", "issued 1 October 2013", "indicator \"NI 59\"", "measure m \"x\"",
          "  target \"NI 59\" at least 70% by 31 March 2014 shown against " + phrases.get(i),
          "  relative \"NI 59\" at least " + phrases.get(i) + " in financial year 2013-14", ""));
      assertThat(NoticeLanguage.parse("printed.notice", NoticeLanguage.print(notice))).isEqualTo(notice);
      assertThat(NoticeLanguage.print(notice)).contains("shown against " + Phrases.BENCHMARKS.words(kinds.get(i)),
          "at least " + Phrases.BENCHMARKS.words(kinds.get(i)) + " in");
    }
  }

  /** No phrase is the start of a later one of its table, which reading the first that matches would hide. */
  @Test
  void noPhraseHidesALaterOne() {
    for (Phrases<?> table : List.of(Phrases.UNITS, Phrases.PERIOD_KINDS, Phrases.POLARITIES, Phrases.INSTRUMENTS,
        Phrases.BENCHMARKS)) {
      List<String> all = table.all();
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) {
          assertThat((all.get(j) + " ").startsWith(all.get(i) + " ")).as("%s before %s", all.get(i), all.get(j))
              .isFalse();
        }
      }
    }
  }
}
