package org.improvementnotice.rules.internal.preparation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.internal.NumberWord;

/**
 * The named words a finding's explanation needs ({@link Prepared#words()}), gathered by a family's preparation:
 * values held as they are and written out by their {@code toString()} only when an explanation uses them. One
 * instance per requirement per evaluation; not thread-safe.
 */
final class Words {
  final Map<String, Object> map = new HashMap<>();

  /** The most decimal places a figure is shown with in an explanation. */
  static final int MAX_DECIMALS = 2;

  /** The key of the places an explanation rounds a longer figure to ({@code Integer}). */
  static final String DECIMALS = "decimals";

  /**
   * The words of a requirement on an indicator: its id as the subject, the assessment date, the due date if any,
   * and the places its figures are shown with.
   */
  Words(Indicator ind, LocalDate asAt, LocalDate due, int decimals) {
    map.put("subject", ind.id().value());
    map.put("asAt", asAt);
    map.put(DECIMALS, decimals);
    if (due != null) {
      map.put("due", due);
    }
  }

  void put(String key, Object value) {
    map.put(key, value);
  }

  /** The key of the clause saying why the figure judged has no value ({@code String}). */
  static final String WITHHELD = "withheld";

  /**
   * Puts the clause saying that a figure is published without a value and why: "it is published without a value,
   * 'c' (suppressed ...)" when it is the figure asked for, else naming it ("the figure for 2009-05 is ...", "the
   * figure of KS2 ENG L4 ALL for AY2011/12 is ...").
   *
   * @param asked the period whose figure the explanation speaks of, if any
   * @param indicator the indicator withheld, when it is not the explanation's subject; else null
   */
  void withheld(String key, UnavailableFigure u, Optional<Period> asked, String indicator) {
    String what = indicator == null && asked.filter(u.period()::equals).isPresent() ? "it"
        : "the figure" + (indicator == null ? "" : " of " + indicator) + " for " + u.period();
    map.put(key, what + " is published without a value, " + u.describe());
  }

  /** The value in the indicator's unit. */
  static Amount number(BigDecimal value, Indicator ind) {
    return new Amount(value, ind.unit().suffix());
  }

  /** A figure in the indicator's unit, written out ("65%", "12") only when an explanation uses it. */
  record Amount(BigDecimal value, String suffix) implements NumberWord {
    @Override
    public String toString() {
      return value.stripTrailingZeros().toPlainString() + suffix;
    }

    /** As the explanation's rounding of a long decimal in the text would give it, without writing it out. */
    @Override
    public Object roundedTo(int decimals) {
      BigDecimal plain = value.stripTrailingZeros();
      if (plain.scale() < 4) {
        return this;
      }
      // the digits rounded and the sign kept, as in the text ("-0.00004%" to "-0%")
      return (plain.signum() < 0 ? "-" : "") + plain.abs().setScale(decimals, java.math.RoundingMode.HALF_UP)
          .toPlainString() + suffix;
    }
  }
}
