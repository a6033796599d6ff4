package org.improvementnotice.model.language;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Cadence;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.time.Period;

/**
 * The values requirement forms are built of, the rules {@code threshold}, {@code comparison}, {@code unit},
 * {@code baseline}, {@code benchmark} and {@code cadence} of docs/notice-language.md. Not thread-safe.
 */
final class ValueSyntax {

  private final TokenCursor c;
  private final TimeSyntax time;

  ValueSyntax(TokenCursor cursor, TimeSyntax time) {
    this.c = cursor;
    this.time = time;
  }

  /** {@code threshold = comparison number unit}. */
  Threshold threshold() {
    Comparison comparison = comparison();
    Token n = c.peek();
    BigDecimal value = c.number();
    Unit unit = unitSuffix();
    return c.build(n, () -> new Threshold(comparison, value, unit));
  }

  /** {@code at least}, {@code no less than}, {@code at most} or {@code no more than}. */
  Comparison comparison() {
    Token t = c.peek();
    if (c.accept("at", "least") || c.accept("no", "less", "than")) {
      return Comparison.AT_LEAST;
    }
    if (c.accept("at", "most") || c.accept("no", "more", "than")) {
      return Comparison.AT_MOST;
    }
    if ((t.is("at") || t.is("no")) && c.peek(1).kind() == Token.Kind.WORD) {
      Token w = c.peek(1);
      throw c.fail(w, "expected 'at least' or 'at most', found '" + t.text() + " " + w.text() + "'",
          Words.closest(w.text(), t.is("at") ? List.of("least", "most") : List.of("more", "less")).orElse(null));
    }
    throw c.fail(t, "expected 'at least' or 'at most', found " + t.describe(), null);
  }

  /** The unit after a number; none is a count. */
  private Unit unitSuffix() {
    if (c.peek().isSymbol("%")) {
      c.next();
      return Unit.PERCENT;
    }
    if (c.acceptWord("per")) {
      Token n = c.next();
      if (n.is("1000")) {
        return Unit.RATE_PER_1000;
      }
      if (n.is("10000")) {
        return Unit.RATE_PER_10000;
      }
      throw c.fail(n, "expected 'per 1000' or 'per 10000', found per " + n.describe(), null);
    }
    if (c.acceptWord("pp") || c.accept("percentage", "points")) {
      return Unit.PERCENTAGE_POINTS;
    }
    if (c.acceptWord("days")) {
      return Unit.DAYS;
    }
    if (c.acceptWord("points")) {
      return Unit.SCORE;
    }
    return Unit.COUNT;
  }

  /** {@code baseline = "at" "issue" | number [ unit ] "in" period}. */
  Baseline baseline() {
    if (c.accept("at", "issue")) {
      return Baseline.atIssue();
    }
    BigDecimal value = c.number();
    unitSuffix();
    c.expectWord("in");
    Period period = time.period();
    return Baseline.stated(value, period);
  }

  /** England (national), statistical neighbour or regional average. */
  BenchmarkKind benchmark() {
    Token t = c.peek();
    return Phrases.BENCHMARKS.accept(c).orElseThrow(() -> c.fail(t, "expected a benchmark (england average, "
        + "statistical neighbour average, regional average), found " + t.describe(),
        Words.closest(t.text(), List.of("england", "statistical", "regional")).orElse(null)));
  }

  /** How often a board meets: monthly, weekly, daily, fortnightly, every N days, weeks or months. */
  Cadence cadence() {
    Token t = c.peek();
    if (c.acceptWord("monthly") || c.accept("once", "a", "month")) {
      return new Cadence(1, ChronoUnit.MONTHS);
    }
    if (c.acceptWord("weekly") || c.accept("once", "a", "week")) {
      return new Cadence(1, ChronoUnit.WEEKS);
    }
    if (c.acceptWord("daily")) {
      return new Cadence(1, ChronoUnit.DAYS);
    }
    if (c.acceptWord("fortnightly")) {
      return new Cadence(2, ChronoUnit.WEEKS);
    }
    if (c.acceptWord("every")) {
      int amount = 1;
      if (TokenCursor.isInteger(c.peek())) {
        amount = c.integer("the number of days, weeks or months", 1, 10_000);
      }
      Token u = c.next();
      String unit = u.text().toLowerCase(Locale.ROOT);
      ChronoUnit cu;
      if (unit.equals("day") || unit.equals("days")) {
        cu = ChronoUnit.DAYS;
      } else if (unit.equals("week") || unit.equals("weeks")) {
        cu = ChronoUnit.WEEKS;
      } else if (unit.equals("month") || unit.equals("months")) {
        cu = ChronoUnit.MONTHS;
      } else {
        throw c.fail(u, "expected days, weeks or months, found " + u.describe(),
            Words.closest(u.text(), List.of("days", "weeks", "months")).orElse(null));
      }
      return new Cadence(amount, cu);
    }
    throw c.fail(t, "expected a cadence (monthly, weekly, daily, fortnightly, every N weeks, ...), found "
        + t.describe(), Words.closest(t.text(), List.of("monthly", "weekly", "daily", "fortnightly", "every"))
        .orElse(null));
  }
}
