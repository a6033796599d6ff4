package org.improvementnotice.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.requirement.RecurringAction;

/**
 * Evidence for a recurring action (form 16): for each occurrence due by the end of the data (at most 24), a
 * completion around its deadline, often on time, sometimes late, sometimes missing, recorded up to two weeks
 * later; so that generated data reaches each of the form's rules. Stateless.
 */
final class RecurringEvidence {
  private RecurringEvidence() {}

  /** The most occurrences given evidence. */
  private static final int MOST = 24;

  /**
   * The completions of the action's occurrences up to {@code to}.
   *
   * @param a the recurring action
   * @param notice its notice (the issue date and the calendar its deadlines resolve with)
   * @param to the last day of the generated data
   * @return evidence for some of the occurrences, none before the issue date
   */
  static Arbitrary<List<ActionEvidence>> of(RecurringAction a, Notice notice, LocalDate to) {
    LocalDate issue = notice.issued().date();
    LocalDate first = a.first().resolve(notice.deadlineContext()).orElse(issue.plusMonths(2));
    Optional<LocalDate> end = a.until().flatMap(u -> u.resolve(notice.deadlineContext()));
    List<LocalDate> dues = new ArrayList<>();
    for (long k = 0; dues.size() < MOST; k++) {
      LocalDate d = first.plus(k * a.every().amount(), a.every().unit());
      if (k > 0 && (d.isAfter(to) || end.filter(d::isAfter).isPresent())) {
        break;
      }
      dues.add(d);
    }
    int spread = (int) Math.max(1, Math.min(30, a.every().unit().getDuration().toDays() * a.every().amount() / 2));
    List<Arbitrary<Optional<ActionEvidence>>> each = new ArrayList<>();
    for (int i = 0; i < dues.size(); i++) {
      LocalDate due = dues.get(i);
      String reference = "assessment " + (i + 1);
      Arbitrary<Optional<ActionEvidence>> done = Combinators.combine(Arbitraries.integers().between(-spread, spread),
          Arbitraries.integers().between(0, 14)).as((shift, lag) -> {
            LocalDate completed = max(due.plusDays(shift), issue);
            return Optional.of(new ActionEvidence(a.id(), completed, reference, completed.plusDays(lag)));
          });
      each.add(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, done),
          net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.<ActionEvidence>empty()))));
    }
    return Combinators.combine(each).as(l -> l.stream().flatMap(Optional::stream).toList());
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
