package org.improvementnotice.data.dfe;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.improvementnotice.data.DataError;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Decimals;
import org.improvementnotice.model.time.Period;

/** Reads one mapped indicator's figures from its file (and its denominator's file). */
final class FigureReader {
  /** How far a published rate may differ from its numerator over denominator (the source's rounding). */
  static final BigDecimal RATIO_TOLERANCE = new BigDecimal("0.05");

  private final DfeIndicator indicator;
  private final DfeFile file;
  private final DfeFile denominatorFile;
  private final PublicationRule rule;
  private final List<DataError> errors;

  FigureReader(DfeIndicator indicator, DfeFile file, DfeFile denominatorFile, PublicationRule rule,
      List<DataError> errors) {
    this.indicator = indicator;
    this.file = file;
    this.denominatorFile = denominatorFile;
    this.rule = rule;
    this.errors = errors;
  }

  Map<Area, TreeMap<Integer, DfeFigure>> read() {
    Map<Area, TreeMap<Integer, DfeFigure>> out = new HashMap<>();
    int before = errors.size();
    check(file, indicator.filters().keySet(), indicator.value().map(List::of).orElse(List.of()));
    indicator.numerator().ifPresent(n -> check(file, List.of(), n.columns()));
    indicator.denominator().ifPresent(d -> check(denominatorFile, indicator.denominatorFile().isPresent()
        ? indicator.denominatorFilters().keySet() : List.of(), d.columns()));
    if (errors.size() != before) {
      return out;
    }
    Map<Area, Map<Integer, DfeRow>> denominators = indicator.denominatorFile().isPresent()
        ? index(denominatorFile, indicator.denominatorFilters()) : null;
    Map<Area, Map<Integer, Integer>> lines = new HashMap<>();
    for (DfeRow row : file.rows()) {
      if (!selected(row, indicator.filters())) {
        continue;
      }
      Area area = Area.of(row);
      Integer first = lines.computeIfAbsent(area, k -> new HashMap<>()).putIfAbsent(row.endYear(), row.line());
      if (first != null) {
        errors.add(new DataError(file.name(), row.line(), 0, "a second row for " + row.geography() + " in "
            + row.timePeriod() + " matches the filters of " + indicator.id() + " " + indicator.filters()
            + " (the first is at line " + first + "): the mapping needs another filter"));
        continue;
      }
      figure(row, area, denominators).ifPresent(f -> out.computeIfAbsent(area, k -> new TreeMap<>())
          .put(row.endYear(), f));
    }
    return out;
  }

  private void check(DfeFile f, java.util.Collection<String> filters, List<String> columns) {
    for (String c : filters) {
      if (!f.filterColumns().contains(c)) {
        errors.add(new DataError(f.name(), 1, 0, "the mapping of " + indicator.id() + " filters on '" + c
            + "', which is not a column of the file"));
      }
    }
    for (String c : columns) {
      if (f.indicatorIndex(c).isEmpty()) {
        errors.add(new DataError(f.name(), 1, 0, "the mapping of " + indicator.id() + " reads column '" + c
            + "', which is not an indicator column of the file"));
      }
    }
  }

  private static boolean selected(DfeRow row, Map<String, String> filters) {
    for (Map.Entry<String, String> e : filters.entrySet()) {
      if (!e.getValue().equals(row.filters().get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private Map<Area, Map<Integer, DfeRow>> index(DfeFile f, Map<String, String> filters) {
    Map<Area, Map<Integer, DfeRow>> out = new HashMap<>();
    for (DfeRow row : f.rows()) {
      if (selected(row, filters)) {
        DfeRow before = out.computeIfAbsent(Area.of(row), k -> new HashMap<>()).putIfAbsent(row.endYear(), row);
        if (before != null) {
          errors.add(new DataError(f.name(), row.line(), 0, "a second row for " + row.geography() + " in "
              + row.timePeriod() + " matches the denominator filters of " + indicator.id() + " (the first is at line "
              + before.line() + ")"));
        }
      }
    }
    return out;
  }

  /** A sum of cells: the total, or why there is none. */
  private record Sum(Optional<BigDecimal> total, Optional<DfeFigure.Unavailable> unavailable) {}

  private Sum sum(DfeFile f, DfeRow row, ColumnSum columns, String role) {
    BigDecimal total = BigDecimal.ZERO;
    for (String c : columns.columns()) {
      DfeCell cell = f.cell(row, c).orElseThrow();
      if (cell.symbol().isPresent()) {
        DfeSymbol s = cell.symbol().get();
        String where = f == file ? c : f.name() + " " + c;
        return new Sum(Optional.empty(), Optional.of(new DfeFigure.Unavailable(Optional.of(s), where,
            "the " + role + " is " + s.describe() + " in " + where + (f == file ? "" : " line " + row.line()))));
      }
      total = total.add(cell.number().get());
    }
    return new Sum(Optional.of(total), Optional.empty());
  }

  private Optional<DfeFigure> figure(DfeRow row, Area area, Map<Area, Map<Integer, DfeRow>> denominators) {
    Period period;
    try {
      period = indicator.period().period(row.identifier(), row.endYear());
    } catch (IllegalArgumentException e) {
      errors.add(new DataError(file.name(), row.line(), 0, indicator.id() + ": " + e.getMessage()));
      return Optional.empty();
    }
    Optional<BigDecimal> value = Optional.empty();
    Optional<DfeFigure.Unavailable> unavailable = Optional.empty();
    int valueColumn = 0;
    if (indicator.value().isPresent()) {
      String column = indicator.value().get();
      int index = file.indicatorIndex(column).orElseThrow();
      DfeCell cell = row.cells().get(index);
      valueColumn = row.cellColumns().get(index);
      if (cell.isNumber()) {
        value = cell.number();
      } else {
        unavailable = Optional.of(new DfeFigure.Unavailable(cell.symbol(), column,
            cell.symbol().get().describe() + " in " + column));
      }
    }
    Optional<BigDecimal> numerator = Optional.empty();
    Optional<BigDecimal> denominator = Optional.empty();
    if (indicator.numerator().isPresent()) {
      Sum n = sum(file, row, indicator.numerator().get(), "numerator");
      Sum d;
      if (denominators == null) {
        d = sum(file, row, indicator.denominator().get(), "denominator");
      } else {
        int year = row.endYear() + indicator.denominatorYearOffset();
        DfeRow dRow = denominators.getOrDefault(area, Map.of()).get(year);
        d = dRow == null
            ? new Sum(Optional.empty(), Optional.of(new DfeFigure.Unavailable(Optional.empty(),
                denominatorFile.name(), "the denominator has no row for " + row.geography() + " in " + year
                + " in " + denominatorFile.name())))
            : sum(denominatorFile, dRow, indicator.denominator().get(), "denominator");
      }
      numerator = n.total();
      denominator = d.total();
      Optional<DfeFigure.Unavailable> why = n.unavailable().or(d::unavailable);
      if (numerator.isPresent() && denominator.isPresent() && denominator.get().signum() == 0) {
        why = Optional.of(new DfeFigure.Unavailable(Optional.empty(), indicator.denominator().get().toString(),
            "the denominator " + indicator.denominator().get() + " is zero"));
        numerator = Optional.empty();
        denominator = Optional.empty();
      }
      if (indicator.value().isEmpty()) {
        if (numerator.isPresent() && denominator.isPresent()) {
          value = Optional.of(Decimals.canonical(indicator.indicator().unit().ofRatio(numerator.get(), denominator.get())
              .setScale(indicator.decimals(), RoundingMode.HALF_UP)));
        } else {
          unavailable = why;
        }
      } else if (unavailable.isEmpty()) {
        unavailable = why;
      }
      if (value.isPresent() && numerator.isPresent() && denominator.isPresent()
          && indicator.value().isPresent() && checksRatio() && row.level() == GeographicLevel.LOCAL_AUTHORITY) {
        BigDecimal expected = indicator.indicator().unit().ofRatio(numerator.get(), denominator.get());
        if (expected.subtract(value.get()).abs().compareTo(RATIO_TOLERANCE) > 0) {
          errors.add(new DataError(file.name(), row.line(), valueColumn, indicator.value().get() + ": "
              + value.get().toPlainString() + " is not " + indicator.numerator().get() + " / "
              + indicator.denominator().get() + " = " + numerator.get().toPlainString() + " / "
              + denominator.get().toPlainString() + " (" + expected.setScale(2, RoundingMode.HALF_UP).toPlainString()
              + ") to within " + RATIO_TOLERANCE + " (" + indicator.id() + ")"));
          return Optional.empty();
        }
      }
    }
    LocalDate published = rule.after(period.endInclusive());
    String name = switch (row.level()) {
      case NATIONAL -> "England";
      case REGIONAL -> row.regionName();
      case LOCAL_AUTHORITY -> row.laName();
    };
    return Optional.of(new DfeFigure(indicator, area, name, row.endYear(), period, value, numerator, denominator,
        unavailable, file.name(), row.line(), published, rule));
  }

  /**
   * Whether a published value is checked against its numerator and denominator: for the rows of councils and
   * rates aggregated by ratio, whose numerators and denominators are whole counts. England's and the regions'
   * counts are published rounded to the nearest ten, and the snapshot rates of the workforce census are
   * computed from unrounded full-time equivalents, so the rounded figures published beside them need not
   * agree with the rate.
   */
  private boolean checksRatio() {
    return indicator.indicator().unit().isRate() && indicator.indicator().aggregation() == Aggregation.RATIO;
  }
}
