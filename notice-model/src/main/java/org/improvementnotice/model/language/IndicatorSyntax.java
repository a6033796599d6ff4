package org.improvementnotice.model.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Derivation;
import org.improvementnotice.model.indicator.EditDistance;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.time.PeriodKind;

/**
 * Indicators, declared and referred to: the {@code indicator} statement (an id from the catalogue, or a local
 * indicator in full: {@code unitname}, {@code polarity}, {@code periodkind}, {@code aggregation}), the quoted
 * indicator ids of requirements, and the check after the parse that every id referred to is declared. Not
 * thread-safe.
 */
final class IndicatorSyntax {

  private final TokenCursor c;
  private final IndicatorCatalogue catalogue;
  private final List<Indicator> declared = new ArrayList<>();
  private final List<Map.Entry<IndicatorId, Token>> references = new ArrayList<>();

  IndicatorSyntax(TokenCursor cursor, IndicatorCatalogue catalogue) {
    this.c = cursor;
    this.catalogue = catalogue;
  }

  /** The indicators declared so far, in order. */
  List<Indicator> declared() {
    return declared;
  }

  /** The rest of an {@code indicator} statement, whose keyword is {@code t}. */
  void declaration(Token t) {
    Token idToken = c.peek();
    String idText = c.string("the indicator id");
    IndicatorId indicatorId = c.build(idToken, () -> IndicatorId.of(idText));
    if (!c.acceptWord("named")) {
      Optional<Indicator> known = catalogue.find(indicatorId);
      if (known.isEmpty()) {
        throw c.fail(idToken, "unknown indicator " + indicatorId + ": it is not in the standard catalogue (declare "
            + "it in full: indicator \"" + indicatorId + "\" named \"...\" unit ... polarity ... reported by ...)",
            catalogue.closest(indicatorId.value()).map(IndicatorId::value).orElse(null));
      }
      declared.add(known.get());
      return;
    }
    String name = c.string("the indicator's name");
    c.expectWord("unit");
    Unit unit = unitName();
    c.expectWord("polarity");
    Polarity polarity = polarity();
    c.expectWord("reported");
    c.expectWord("by");
    PeriodKind kind = periodKind();
    Aggregation aggregation = Indicator.defaultAggregation(unit);
    if (c.acceptWord("aggregated")) {
      c.expectWord("by");
      Token a = c.next();
      aggregation = c.lookup(a, "aggregation", Map.of("ratio", Aggregation.RATIO, "sum", Aggregation.SUM,
          "latest", Aggregation.LATEST, "mean", Aggregation.MEAN));
    }
    Optional<Derivation> derivation = Optional.empty();
    if (c.accept("derived", "from")) {
      Token from = c.peek();
      IndicatorId numerator = reference();
      c.expectWord("over");
      IndicatorId denominator = reference();
      derivation = Optional.of(c.build(from, () -> new Derivation(numerator, denominator)));
    }
    Aggregation agg = aggregation;
    Optional<Derivation> derived = derivation;
    declared.add(c.build(t, () -> new Indicator(indicatorId, name, unit, polarity, kind, agg, Optional.empty(),
        derived)));
  }

  private Unit unitName() {
    Token t = c.peek();
    return Phrases.UNITS.accept(c).orElseThrow(() -> c.fail(t, "expected a unit (percent, count, rate per 1000, "
        + "rate per 10000, percentage points, days, score), found " + t.describe(), Words.closest(t.text(),
        List.of("percent", "count", "rate", "percentage", "days", "score")).orElse(null)));
  }

  private Polarity polarity() {
    Token t = c.peek();
    return Phrases.POLARITIES.accept(c).orElseThrow(() -> c.fail(t,
        "expected 'higher is better' or 'lower is better', found " + t.describe(), null));
  }

  private PeriodKind periodKind() {
    Token t = c.peek();
    return Phrases.PERIOD_KINDS.accept(c).orElseThrow(() -> c.fail(t, "expected a reporting period (month, quarter, "
        + "financial year, academic year, year to september), found " + t.describe(), null));
  }

  /** {@code ind = string}: an indicator id in quotes, remembered for {@link #checkReferences()}. */
  IndicatorId reference() {
    Token t = c.peek();
    if (t.kind() != Token.Kind.STRING) {
      throw c.fail(t, "expected an indicator id in quotes, such as \"NI 59\", found " + t.describe(), null);
    }
    String text = c.string("the indicator id");
    IndicatorId ind = c.build(t, () -> IndicatorId.of(text));
    references.add(Map.entry(ind, t));
    return ind;
  }

  /** Reports, where it is written, every indicator referred to that no {@code indicator} statement declares. */
  void checkReferences() {
    Set<IndicatorId> ids = new HashSet<>();
    declared.forEach(i -> ids.add(i.id()));
    List<String> candidates = new ArrayList<>();
    ids.forEach(i -> candidates.add(i.value()));
    for (Map.Entry<IndicatorId, Token> ref : references) {
      if (!ids.contains(ref.getKey())) {
        String suggestion = closest(ref.getKey().value(), candidates)
            .or(() -> catalogue.closest(ref.getKey().value()).map(IndicatorId::value)).orElse(null);
        c.diagnostics().error(ref.getValue(), "unknown indicator " + ref.getKey() + ": declare it with 'indicator \""
            + ref.getKey() + "\"' before using it", suggestion);
      }
    }
  }

  private static Optional<String> closest(String wanted, List<String> candidates) {
    String w = wanted.toUpperCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = EditDistance.between(w, candidate.toUpperCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, w.length() / 3) ? Optional.of(best) : Optional.empty();
  }
}
