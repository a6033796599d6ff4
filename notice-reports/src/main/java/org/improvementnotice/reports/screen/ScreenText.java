package org.improvementnotice.reports.screen;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.improvementnotice.model.requirement.RequirementId;

/** The screen as a text table: a line per council, a column per requirement. Stateless and thread-safe. */
public final class ScreenText {

  private ScreenText() {}

  /**
   * Writes the table.
   *
   * @param screen the screen
   * @param out where to write it
   */
  public static void write(ScreenResult screen, PrintWriter out) {
    out.println("National screen: " + screen.notice() + " as at " + screen.asAt() + ", " + screen.rows().size()
        + " councils, " + screen.compliedSoFar() + " complied with so far; sorted by " + describe(screen.sort()));
    List<String> header = new ArrayList<>(List.of("LA", "council", "region", "verdict"));
    screen.requirements().forEach(r -> header.add(r.value()));
    List<List<String>> lines = new ArrayList<>();
    lines.add(header);
    for (ScreenRow row : screen.rows()) {
      List<String> line = new ArrayList<>(List.of(row.code(), row.name(), row.region(),
          row.compliedSoFar() ? "complied so far" : "NOT COMPLIED"));
      for (RequirementId r : screen.requirements()) {
        line.add(row.cell(r).map(ScreenText::cell).orElse("-"));
      }
      lines.add(line);
    }
    int[] widths = new int[header.size()];
    for (List<String> l : lines) {
      for (int i = 0; i < l.size(); i++) {
        widths[i] = Math.max(widths[i], l.get(i).length());
      }
    }
    for (List<String> l : lines) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < l.size(); i++) {
        s.append(i == 0 ? "" : "  ").append(i == l.size() - 1 ? l.get(i) : pad(l.get(i), widths[i]));
      }
      out.println(s.toString().stripTrailing());
    }
    out.flush();
  }

  /** "MISSED RED 19.7 vs 14.83 (-4.87)". */
  static String cell(ScreenCell c) {
    StringBuilder s = new StringBuilder(c.status() + " " + c.rag());
    c.figure().ifPresent(f -> s.append(' ').append(number(f)));
    c.target().ifPresent(t -> s.append(" vs ").append(number(t)));
    c.distance().ifPresent(d -> s.append(" (").append(d.signum() > 0 ? "+" : "").append(number(d)).append(')'));
    return s.toString();
  }

  private static String describe(ScreenSort sort) {
    return switch (sort.key()) {
      case COUNCIL -> "LA number";
      case VERDICT -> "verdict, failing first";
      case DISTANCE -> "distance from the target of " + sort.requirement().get() + ", furthest behind first";
    };
  }

  /** A number to at most two decimal places, for the table (the JSON has every digit). */
  static String number(BigDecimal value) {
    BigDecimal v = value.scale() > 2 ? value.setScale(2, java.math.RoundingMode.HALF_UP) : value;
    return v.stripTrailingZeros().toPlainString();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
